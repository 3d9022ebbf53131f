namespace Partnerschap.Web.Data;

/// <summary>Settings under <c>Database</c> in configuration.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (embedded default) or <c>SqlServer</c> (production).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations when the portal starts. Turn off in production and run <c>migrate</c>.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>How long SQLite waits for a lock before it reports busy.</summary>
    public int SqliteBusyTimeoutMilliseconds { get; set; } = 5000;
}
