using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Data;

namespace Partnerschap.Tests;

public sealed class DatabaseTests
{
    [Fact]
    public void The_SQLite_migrations_match_the_model()
    {
        using var db = new SqlitePortalDbContext(new DbContextOptionsBuilder<SqlitePortalDbContext>()
            .UseSqlite("Data Source=:memory:").Options);
        Assert.False(db.Database.HasPendingModelChanges(), "Voer 'dotnet ef migrations add' uit voor SqlitePortalDbContext.");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void The_SQL_Server_migrations_match_the_model_and_generate_a_script()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Voer 'dotnet ef migrations add' uit voor SqlServerPortalDbContext.");

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("CREATE TABLE [AspNetUsers]", script);
        Assert.Contains("CREATE TABLE [DataProtectionKeys]", script);
        Assert.Contains("__EFMigrationsHistory", script);
    }

    [Fact]
    public void The_PostgreSQL_migrations_match_the_model()
    {
        // Executed against a real server by PostgreSql/PostgreSqlTests; this check needs none.
        using var db = new PostgreSqlDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Voer 'dotnet ef migrations add' uit voor PostgreSqlPortalDbContext.");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public async Task The_portal_creates_its_SQLite_file_on_first_start_in_WAL_mode_with_full_sync()
    {
        await using var factory = new PortalFactory(PortalFactory.NewDatabasePath());
        Assert.False(File.Exists(factory.DatabasePath));

        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/health/ready");

        Assert.True(File.Exists(factory.DatabasePath));
        var pragmas = await factory.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            return (
                Journal: await ScalarAsync(connection, "PRAGMA journal_mode"),
                Synchronous: await ScalarAsync(connection, "PRAGMA synchronous"),
                BusyTimeout: await ScalarAsync(connection, "PRAGMA busy_timeout"));
        });
        Assert.Equal("wal", pragmas.Journal);
        Assert.Equal("2", pragmas.Synchronous); // 2 = FULL
        Assert.Equal("5000", pragmas.BusyTimeout);
    }

    [Fact]
    public async Task The_roles_exist_in_every_new_database()
    {
        await using var factory = new PortalFactory(PortalFactory.NewDatabasePath());
        var roles = await factory.WithDbAsync(db => db.Roles.Select(r => r.Name).OrderBy(n => n).ToListAsync());
        Assert.Equal(["Beheerder", "Onderzoeker", "Schoolmedewerker", "Welzijnswerker"], roles);
    }

    private static async Task<string> ScalarAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
