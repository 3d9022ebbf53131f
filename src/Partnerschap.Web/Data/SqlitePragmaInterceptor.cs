using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Partnerschap.Web.Data;

/// <summary>
/// Every SQLite connection runs in WAL mode with synchronous=FULL (an acknowledged write survives a crash
/// or power loss) and waits for locks instead of failing at once.
/// </summary>
public sealed class SqlitePragmaInterceptor(int busyTimeoutMilliseconds) : DbConnectionInterceptor
{
    private readonly string _pragmas =
        $"PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout={busyTimeoutMilliseconds}; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
