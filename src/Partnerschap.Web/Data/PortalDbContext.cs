using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.Gids;
using Partnerschap.Web.Features.Samenwerkingsscan;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;
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

    public DbSet<Deelgemeente> Deelgemeenten => Set<Deelgemeente>();

    public DbSet<Organisatie> Organisaties => Set<Organisatie>();

    public DbSet<Aanbod> Aanbod => Set<Aanbod>();

    public DbSet<School> Scholen => Set<School>();

    public DbSet<Brugfiguur> Brugfiguren => Set<Brugfiguur>();

    public DbSet<Samenwerking> Samenwerkingen => Set<Samenwerking>();

    public DbSet<KaartVersie> KaartVersies => Set<KaartVersie>();

    public DbSet<Lidmaatschap> Lidmaatschappen => Set<Lidmaatschap>();

    public DbSet<Toegangsaanvraag> Toegangsaanvragen => Set<Toegangsaanvraag>();

    public DbSet<Organisatievoorstel> Organisatievoorstellen => Set<Organisatievoorstel>();

    public DbSet<ProfielVersie> ProfielVersies => Set<ProfielVersie>();

    public DbSet<Melding> Meldingen => Set<Melding>();

    public DbSet<AuditGebeurtenis> AuditLog => Set<AuditGebeurtenis>();

    public DbSet<Hoofdstuk> Hoofdstukken => Set<Hoofdstuk>();

    public DbSet<HoofdstukVersie> HoofdstukVersies => Set<HoofdstukVersie>();

    public DbSet<GidsFeedback> GidsFeedback => Set<GidsFeedback>();

    public DbSet<BeeindigdeSessie> BeeindigdeSessies => Set<BeeindigdeSessie>();

    public DbSet<Hulpvraag> Hulpvragen => Set<Hulpvraag>();

    public DbSet<HulpvraagWijziging> HulpvraagWijzigingen => Set<HulpvraagWijziging>();

    public DbSet<ZoekopdrachtZonderResultaat> ZoekopdrachtenZonderResultaat => Set<ZoekopdrachtZonderResultaat>();

    public DbSet<ScanVersie> ScanVersies => Set<ScanVersie>();

    public DbSet<ScanInvulling> ScanInvullingen => Set<ScanInvulling>();

    public DbSet<Actiepunt> Actiepunten => Set<Actiepunt>();

    public DbSet<ActiepuntWijziging> ActiepuntWijzigingen => Set<ActiepuntWijziging>();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersies();
        var gidsGewijzigd = GidsGewijzigd();
        var scanGewijzigd = ScanGewijzigd();
        var kaartGewijzigd = await StampKaartAsync(cancellationToken);
        var aantal = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        Ververs(kaartGewijzigd, gidsGewijzigd, scanGewijzigd);
        return aantal;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersies();
        var gidsGewijzigd = GidsGewijzigd();
        var scanGewijzigd = ScanGewijzigd();
        var kaartGewijzigd = StampKaartAsync(CancellationToken.None).GetAwaiter().GetResult();
        var aantal = base.SaveChanges(acceptAllChangesOnSuccess);
        Ververs(kaartGewijzigd, gidsGewijzigd, scanGewijzigd);
        return aantal;
    }

    /// <summary>
    /// Marks <paramref name="profiel"/> (an Organisatie, School or Hoofdstuk) as changed and makes the next save succeed
    /// only while its row still has <paramref name="versieVanFormulier"/>, the Versie the form was built from.
    /// </summary>
    public void VerwachtVersie(object profiel, int versieVanFormulier)
    {
        var versie = Entry(profiel).Property(nameof(Organisatie.Versie));
        versie.OriginalValue = versieVanFormulier;
        versie.IsModified = true;
    }

    /// <summary>
    /// Optimistic concurrency (works the same on SQLite and SQL Server): every modified profile gets Versie + 1, and the
    /// UPDATE only matches the row when its Versie is still the original one. A form sets the original value to the
    /// Versie it was built from, so a save based on an older read fails with <see cref="DbUpdateConcurrencyException"/>.
    /// </summary>
    private void BumpVersies()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            // "De gegevens kloppen nog" and reminders change only bookkeeping: no new version, no conflict for editors.
            if (entry.State == EntityState.Modified && entry.Entity is Organisatie or Domain.Aanbod or School or Brugfiguur or Samenwerking or Hoofdstuk or Hulpvraag or Organisatievoorstel or ScanInvulling or Actiepunt &&
                entry.Properties.Any(p => p.IsModified && p.Metadata.Name is not (nameof(Organisatie.LaatstGecontroleerd) or nameof(Organisatie.LaatsteHerinnering))))
            {
                var versie = entry.Property(nameof(Organisatie.Versie));
                versie.CurrentValue = (int)versie.OriginalValue! + 1;
            }
        }
    }

    /// <summary>
    /// Any change to what the sociale kaart shows or how it is searched (the hulpvragen vocabulary) gets a new stamp, in
    /// the same transaction as the change. Returns whether it did.
    /// </summary>
    private async Task<bool> StampKaartAsync(CancellationToken cancellationToken)
    {
        var changed = ChangeTracker.Entries().Any(e =>
            e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted &&
            e.Entity is Organisatie or Domain.Aanbod or School or Brugfiguur or Samenwerking or Gemeente or Hulpvraag);
        if (!changed)
        {
            return false;
        }

        var versie = await KaartVersies.FindAsync([1], cancellationToken);
        if (versie is null)
        {
            KaartVersies.Add(new KaartVersie { Id = 1, Stempel = Guid.NewGuid().ToString("N") });
        }
        else
        {
            versie.Stempel = Guid.NewGuid().ToString("N");
        }

        return true;
    }

    /// <summary>A chapter (or one of its versions) is about to be saved: what readers of the gids see may change.</summary>
    private bool GidsGewijzigd() => ChangeTracker.Entries().Any(e =>
        e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is Hoofdstuk or HoofdstukVersie);

    /// <summary>A new version of the samenwerkingsscan is about to be saved.</summary>
    private bool ScanGewijzigd() => ChangeTracker.Entries<ScanVersie>().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);

    /// <summary>
    /// After a saved change to the map, this instance compares the stamp on its next search instead of within
    /// <see cref="KaartIndexProvider.CheckInterval"/>: whoever saved finds the change at once; other instances follow
    /// the stamp. The same for a change to the gids and <see cref="GidsVersieProvider"/>, which the output cache keys
    /// on; and for a new version of the samenwerkingsscan and <see cref="ScanInhoudProvider"/>. Here, beside the stamp, so that no save path can forget it. The providers are singletons of the
    /// application, reached through the application's services (they make contexts themselves, so they cannot be
    /// constructor parameters); a context made without them (a unit test, the EF tools) has nothing to refresh.
    /// </summary>
    private void Ververs(bool kaartGewijzigd, bool gidsGewijzigd, bool scanGewijzigd)
    {
        if (!kaartGewijzigd && !gidsGewijzigd && !scanGewijzigd)
        {
            return;
        }

        var services = this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider;
        if (kaartGewijzigd)
        {
            services?.GetService<KaartIndexProvider>()?.Invalidate();
        }

        if (gidsGewijzigd)
        {
            services?.GetService<GidsVersieProvider>()?.Invalidate();
        }

        if (scanGewijzigd)
        {
            services?.GetService<ScanInhoudProvider>()?.Invalidate();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }
}
