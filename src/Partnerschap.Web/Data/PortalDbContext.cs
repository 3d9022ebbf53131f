using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure.Mail;

namespace Partnerschap.Web.Data;

/// <summary>
/// The one DbContext of the portal. The application always asks for <see cref="PortalDbContext"/>;
/// the provider-specific subclasses below exist only so that each provider has its own migration set.
/// </summary>
public abstract class PortalDbContext(DbContextOptions options)
    : IdentityDbContext<PortalUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<Gemeente> Gemeenten => Set<Gemeente>();

    public DbSet<Organisatie> Organisaties => Set<Organisatie>();

    public DbSet<Aanbod> Aanbod => Set<Aanbod>();

    public DbSet<School> Scholen => Set<School>();

    public DbSet<Brugfiguur> Brugfiguren => Set<Brugfiguur>();

    public DbSet<Samenwerking> Samenwerkingen => Set<Samenwerking>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }
}

/// <summary>SQLite flavour; its migrations live in Data/Migrations/Sqlite.</summary>
public sealed class SqlitePortalDbContext(DbContextOptions<SqlitePortalDbContext> options) : PortalDbContext(options);

/// <summary>SQL Server flavour; its migrations live in Data/Migrations/SqlServer.</summary>
public sealed class SqlServerPortalDbContext(DbContextOptions<SqlServerPortalDbContext> options) : PortalDbContext(options);
