using Microsoft.Data.Sqlite;
using Partnerschap.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(TestDatabaseCleanup))]

namespace Partnerschap.Tests.Infrastructure;

/// <summary>What a copy of a template database holds when a test starts.</summary>
public enum Sjabloon
{
    /// <summary>The schema and the reference data of a first start: gemeenten, hulpvragen, the chapters of the gids.</summary>
    Gemigreerd,

    /// <summary><see cref="Gemigreerd"/> plus the small test map (Fixtures/kaart.hsds.json and scholen.json).</summary>
    Kaart,
}

/// <summary>
/// The SQLite files the tests run on. Migrating, seeding and importing take seconds; copying a file takes milliseconds.
/// So each <see cref="Sjabloon"/> is built once per test run, by the portal's own start-up and import, and every test
/// class (or a test that needs a start of its own) works on a copy. All files of a run live in one folder, removed when
/// the run ends.
/// </summary>
public static class TestDatabase
{
    /// <summary>Other worktrees run their tests at the same time: a folder per run, never a shared file.</summary>
    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "partnerschap-tests", $"run-{Guid.NewGuid():N}");

    // Task.Run: built outside the calling test's synchronization context, so no test ever waits on another's context.
    private static readonly Lazy<Task<string>> Gemigreerd = new(() => Task.Run(() => BuildAsync(Sjabloon.Gemigreerd)));
    private static readonly Lazy<Task<string>> Kaart = new(() => Task.Run(() => BuildAsync(Sjabloon.Kaart)));

    /// <summary>A path for a database that does not exist yet: the portal migrates and seeds it on its first start.</summary>
    public static string NewPath()
    {
        Directory.CreateDirectory(Folder);
        return Path.Combine(Folder, $"{Guid.NewGuid():N}.db");
    }

    /// <summary>A fresh copy of the template, for one test class or one test.</summary>
    public static async Task<string> CopyAsync(Sjabloon sjabloon) => CopyOf(await Template(sjabloon).Value);

    /// <summary>
    /// <see cref="CopyAsync"/> for a constructor. Safe to block on: the template is built on the thread pool, never on
    /// the waiting test's context.
    /// </summary>
    public static string Copy(Sjabloon sjabloon) => CopyOf(Template(sjabloon).Value.GetAwaiter().GetResult());

    /// <summary>Removes the files of this run; called once, after the last test.</summary>
    public static void Remove()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    private static Lazy<Task<string>> Template(Sjabloon sjabloon) => sjabloon == Sjabloon.Kaart ? Kaart : Gemigreerd;

    private static string CopyOf(string template)
    {
        var copy = NewPath();
        foreach (var suffix in (string[])["", "-wal", "-shm"])
        {
            if (File.Exists(template + suffix))
            {
                File.Copy(template + suffix, copy + suffix);
            }
        }

        return copy;
    }

    private static async Task<string> BuildAsync(Sjabloon sjabloon)
    {
        var path = sjabloon == Sjabloon.Kaart ? await CopyAsync(Sjabloon.Gemigreerd) : NewPath();
        await using (var factory = new PortalFactory(path))
        {
            if (sjabloon == Sjabloon.Kaart)
            {
                var result = await KaartFixture.ImportAsync(factory, KaartFixture.Fixture("kaart.hsds.json"), KaartFixture.Fixture("scholen.json"));
                if (!result.Gelukt)
                {
                    throw new InvalidOperationException(string.Join("\n", result.Fouten));
                }
            }
            else
            {
                factory.StartServer(); // the first start migrates and seeds
            }
        }

        // The portal runs SQLite in WAL mode: fold the log into the file once its own pooled connections are closed. It
        // stays a WAL database (the portal fails to switch a copy back to WAL); the last close removes -wal and -shm.
        SqliteConnection.ClearAllPools();
        await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await command.ExecuteNonQueryAsync();
        }

        return path;
    }
}

/// <summary>Removes the run's database folder after the last test of the assembly.</summary>
public sealed class TestDatabaseCleanup : IDisposable
{
    public void Dispose() => TestDatabase.Remove();
}
