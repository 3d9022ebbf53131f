using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Data;

/// <summary>SQLite flavour; its migrations live in Data/Migrations/Sqlite.</summary>
public sealed class SqlitePortalDbContext(DbContextOptions<SqlitePortalDbContext> options) : PortalDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // SQLite cannot compare or sort DateTimeOffset stored as text. Timestamps that queries filter or sort on are
        // stored as a sortable integer (all values are UTC). SQL Server has a native type and needs nothing.
        builder.Entity<Organisatie>().Property(o => o.LaatsteHerinnering).HasConversion<DateTimeOffsetToBinaryConverter>();
        builder.Entity<Melding>().Property(m => m.AangemaaktOp).HasConversion<DateTimeOffsetToBinaryConverter>();
        builder.Entity<Melding>().Property(m => m.GewijzigdOp).HasConversion<DateTimeOffsetToBinaryConverter>();
        builder.Entity<Toegangsaanvraag>().Property(a => a.AangevraagdOp).HasConversion<DateTimeOffsetToBinaryConverter>();
        builder.Entity<AuditGebeurtenis>().Property(a => a.Tijdstip).HasConversion<DateTimeOffsetToBinaryConverter>();
        builder.Entity<ProfielVersie>().Property(v => v.Tijdstip).HasConversion<DateTimeOffsetToBinaryConverter>();
        builder.Entity<HoofdstukVersie>().Property(v => v.Tijdstip).HasConversion<DateTimeOffsetToBinaryConverter>();
        builder.Entity<Hoofdstuk>().Property(h => h.PublicatieOp).HasConversion<DateTimeOffsetToBinaryConverter>();
        builder.Entity<GidsFeedback>().Property(f => f.Tijdstip).HasConversion<DateTimeOffsetToBinaryConverter>();
        builder.Entity<BeeindigdeSessie>().Property(s => s.BewaarTot).HasConversion<DateTimeOffsetToBinaryConverter>();
        builder.Entity<HulpvraagWijziging>().Property(w => w.Tijdstip).HasConversion<DateTimeOffsetToBinaryConverter>();
    }
}
