using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Partnerschap.Web.Data;

// `dotnet ef migrations add X --context SqlitePortalDbContext --output-dir Data/Migrations/Sqlite`
// and the same with SqlServerPortalDbContext. Neither needs a running database.
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePortalDbContext>
{
    public SqlitePortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
