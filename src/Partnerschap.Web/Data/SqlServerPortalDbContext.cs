using Microsoft.EntityFrameworkCore;

namespace Partnerschap.Web.Data;

/// <summary>SQL Server flavour; its migrations live in Data/Migrations/SqlServer.</summary>
public sealed class SqlServerPortalDbContext(DbContextOptions<SqlServerPortalDbContext> options) : PortalDbContext(options);
