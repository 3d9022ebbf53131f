using Npgsql;
using Partnerschap.Tests.Infrastructure;

namespace Partnerschap.Tests.PostgreSql;

/// <summary>
/// The PostgreSQL server of this test run, from <c>PARTNERSCHAP_POSTGRES</c> (a connection string without a database,
/// e.g. <c>Host=127.0.0.1;Username=partnerschap;Password=partnerschap</c>; `.ci/run` starts the server and sets it).
/// Without it the PostgreSQL tests are skipped, and on CI they fail. Every test gets a database of its own, dropped at
/// the end.
/// </summary>
public static class PostgreSqlServer
{
    public const string Variabele = "PARTNERSCHAP_POSTGRES";

    /// <summary>A new, empty database name on the server (the portal creates it when it migrates).</summary>
    public static string NieuweDatabase()
    {
        var server = Environment.GetEnvironmentVariable(Variabele);
        Vereist.OfOverslaan(string.IsNullOrWhiteSpace(server) ? $"PostgreSQL-test: {Variabele} is niet gezet (.ci/run zet hem)." : null);

        return new NpgsqlConnectionStringBuilder(server) { Database = $"pt_{Guid.NewGuid():N}" }.ConnectionString;
    }

    /// <summary>Drops the database of <paramref name="connectionString"/>, with whatever is still connected to it.</summary>
    public static async Task VerwijderAsync(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The settings of a portal instance on that database.</summary>
    public static Dictionary<string, string?> Instellingen(string connectionString) => new()
    {
        ["Database:Provider"] = "PostgreSql",
        ["ConnectionStrings:Partnerschap"] = connectionString,
    };
}
