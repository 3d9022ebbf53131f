using Microsoft.EntityFrameworkCore;

namespace Partnerschap.Web.Data;

/// <summary>
/// PostgreSQL flavour, the server database these machines can run (SQL Server cannot): the multi-instance tests and the
/// scale-out benchmark use it. Its migrations live in Data/Migrations/PostgreSql. Timestamps are <c>timestamptz</c>,
/// which Npgsql writes only in UTC: the portal stores every moment in UTC anyway.
/// </summary>
public sealed class PostgreSqlPortalDbContext(DbContextOptions<PostgreSqlPortalDbContext> options) : PortalDbContext(options);
