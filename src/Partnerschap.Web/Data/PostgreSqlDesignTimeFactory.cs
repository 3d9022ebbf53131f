using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Partnerschap.Web.Data;

// `dotnet ef migrations add X --context PostgreSqlPortalDbContext --output-dir Data/Migrations/PostgreSql`; needs no
// running database.
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlPortalDbContext>
{
    public PostgreSqlPortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlPortalDbContext>()
            .UseNpgsql("Host=localhost;Database=partnerschap;Username=partnerschap")
            .Options);
}
