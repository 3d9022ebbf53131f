using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Partnerschap.Web.Data;

public static class DatabaseSetup
{
    public const string ConnectionStringName = "Partnerschap";

    public static IServiceCollection AddPortalDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        var connectionString = configuration.GetConnectionString(ConnectionStringName);

        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = SqliteConnectionString(connectionString, configuration);
                services.AddDbContext<PortalDbContext, SqlitePortalDbContext>(db => db
                    .UseSqlite(sqlite)
                    .AddInterceptors(new SqlitePragmaInterceptor(options.SqliteBusyTimeoutMilliseconds)));
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContext<PortalDbContext, SqlServerPortalDbContext>(db => db
                    .UseSqlServer(ServerConnectionString(connectionString, options.Provider), sql => sql.EnableRetryOnFailure()));
                break;
            case DatabaseProvider.PostgreSql:
                services.AddDbContext<PortalDbContext, PostgreSqlPortalDbContext>(db => db
                    .UseNpgsql(ServerConnectionString(connectionString, options.Provider), pg => pg.EnableRetryOnFailure()));
                break;
            default:
                throw new InvalidOperationException($"Onbekende Database:Provider '{options.Provider}'.");
        }

        return services;
    }

    private static string ServerConnectionString(string? connectionString, DatabaseProvider provider) =>
        string.IsNullOrWhiteSpace(connectionString)
            ? throw new InvalidOperationException($"Database:Provider is {provider}, maar ConnectionStrings:Partnerschap ontbreekt.")
            : connectionString;

    /// <summary>
    /// The embedded default: a file under the app's data folder (App_Data), created on first start.
    /// </summary>
    public static string SqliteConnectionString(string? configured, IConfiguration configuration)
    {
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(configured) ? "Data Source=App_Data/partnerschap.db" : configured)
        {
            Pooling = true,
        };

        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            var contentRoot = configuration[WebHostDefaults.ContentRootKey] ?? Directory.GetCurrentDirectory();
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        var folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return builder.ToString();
    }
}
