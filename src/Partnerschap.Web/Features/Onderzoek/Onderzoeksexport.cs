using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.Samenwerkingsscan;
using Partnerschap.Web.Infrastructure;

namespace Partnerschap.Web.Features.Onderzoek;

/// <summary>
/// The partners' scans for research (ADR 0018): only scans whose side agreed (<see cref="ScanInvulling.ToestemmingOnderzoek"/>),
/// without any name or id, and only breakdown groups (side × province × year × scan version × round) of at least
/// <see cref="MinimumGroep"/> scans; smaller groups are left out whole rather than coarsened, so no left-out row can be
/// worked out by subtracting one file from another. The rows come in random order, so their order tells nothing either.
/// </summary>
public sealed class Onderzoeksexport(PortalDbContext db, ScanInhoudProvider scans)
{
    public const int MinimumGroep = 5;

    public async Task<OnderzoeksexportInhoud> LeesAsync(CancellationToken cancellationToken)
    {
        var invullingen = await (
                from i in db.ScanInvullingen
                join s in db.Samenwerkingen on i.SamenwerkingId equals s.Id
                join school in db.Scholen on s.SchoolId equals school.Id
                join g in db.Gemeenten on school.GemeenteNis equals g.NisCode into gemeenten
                from g in gemeenten.DefaultIfEmpty()
                select new { i.Kant, i.ToestemmingOnderzoek, i.IngevuldOp, i.ScanVersieNummer, i.Ronde, i.Antwoorden, Provincie = g == null ? null : g.Provincie, Gewest = g == null ? null : g.Gewest })
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        var metToestemming = invullingen.Where(i => i.ToestemmingOnderzoek)
            .Select(i => new OnderzoeksRij(
                i.Kant == ScanKant.School ? "school" : "organisatie",
                !string.IsNullOrEmpty(i.Provincie) ? i.Provincie : !string.IsNullOrEmpty(i.Gewest) ? i.Gewest : "onbekend",
                BelgischeTijd.DagVan(i.IngevuldOp).Year,
                i.ScanVersieNummer,
                i.Ronde,
                ScanAntwoorden.LeesJson(i.Antwoorden)))
            .ToList();
        var rijen = metToestemming.GroupBy(r => r.Groep).Where(g => g.Count() >= MinimumGroep).SelectMany(g => g).ToArray();
        Random.Shared.Shuffle(rijen);

        // Codes never change and a dropped statement stays in the content as vervallen, so the newest version has them all.
        var inhoud = (await scans.HuidigeAsync(cancellationToken)).Inhoud;
        var codes = inhoud.Themas.SelectMany(t => t.Stellingen).Select(s => s.Code).ToList();
        return new OnderzoeksexportInhoud(rijen, codes, invullingen.Count - metToestemming.Count, metToestemming.Count - rijen.Length);
    }
}
