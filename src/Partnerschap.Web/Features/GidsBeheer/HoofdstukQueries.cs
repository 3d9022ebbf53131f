using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.GidsBeheer;

/// <summary>
/// What the editor, publishing and history of the gids read and build alike: a chapter by its slug, its newest
/// version, a new version, and the edit page. Scoped, like the <see cref="PortalDbContext"/> it reads.
/// </summary>
public sealed class HoofdstukQueries(PortalDbContext db, TimeProvider clock)
{
    /// <summary>The tracked chapter, or null (also for a slug longer than any chapter's).</summary>
    public async Task<Hoofdstuk?> LaadAsync(string slug, CancellationToken cancellationToken) =>
        slug.Length > 100 ? null : await db.Hoofdstukken.FirstOrDefaultAsync(h => h.Slug == slug, cancellationToken);

    public Task<HoofdstukVersie?> NieuwsteAsync(Hoofdstuk hoofdstuk, CancellationToken cancellationToken) =>
        db.HoofdstukVersies.AsNoTracking().Where(v => v.HoofdstukId == hoofdstuk.Id).OrderByDescending(v => v.Nummer).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The number of the newest version; 0 when there is none.</summary>
    public async Task<int> NieuwsteNummerAsync(Hoofdstuk hoofdstuk, CancellationToken cancellationToken) =>
        await db.HoofdstukVersies.Where(v => v.HoofdstukId == hoofdstuk.Id).MaxAsync(v => (int?)v.Nummer, cancellationToken) ?? 0;

    /// <summary>A new version of <paramref name="hoofdstuk"/>, written now by <paramref name="auteur"/>.</summary>
    public HoofdstukVersie NieuweVersie(Hoofdstuk hoofdstuk, int nummer, string titel, string samenvatting, string tekst, string? auteur, string notitie) => new()
    {
        HoofdstukId = hoofdstuk.Id,
        Nummer = nummer,
        Titel = titel,
        Samenvatting = samenvatting,
        Tekst = tekst,
        Auteur = auteur ?? "onbekend",
        Notitie = notitie,
        Tijdstip = clock.GetUtcNow(),
    };

    /// <summary>The edit form filled with the newest version.</summary>
    public async Task<HoofdstukFormulier> FormulierAsync(Hoofdstuk hoofdstuk, CancellationToken cancellationToken)
    {
        var nieuwste = await NieuwsteAsync(hoofdstuk, cancellationToken);
        return new HoofdstukFormulier
        {
            Versie = hoofdstuk.Versie,
            Slug = hoofdstuk.Slug,
            Titel = nieuwste?.Titel ?? hoofdstuk.Titel,
            Samenvatting = nieuwste?.Samenvatting ?? hoofdstuk.Samenvatting,
            Groep = hoofdstuk.Groep,
            Volgorde = hoofdstuk.Volgorde,
            LaatstNagekeken = hoofdstuk.LaatstNagekeken,
            Tekst = nieuwste?.Tekst ?? string.Empty,
        };
    }

    public async Task<HoofdstukBewerkenViewModel> PaginaAsync(Hoofdstuk hoofdstuk, HoofdstukFormulier formulier, CancellationToken cancellationToken) =>
        new() { Formulier = formulier, Hoofdstuk = Regel(hoofdstuk, await NieuwsteNummerAsync(hoofdstuk, cancellationToken)) };

    public static HoofdstukRegel Regel(Hoofdstuk h, int nieuwste) =>
        new(h.Slug, h.Titel, h.Groep, h.Volgorde, h.Status, h.GepubliceerdeVersie, nieuwste, h.GeplandeVersie, h.PublicatieOp);
}
