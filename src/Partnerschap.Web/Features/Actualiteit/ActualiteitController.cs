using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure;

namespace Partnerschap.Web.Features.Actualiteit;

/// <summary>/beheer/actualiteit: how up to date the sociale kaart is, per region and per type. Beheerders only.</summary>
[Authorize(Roles = Rollen.Beheerder)]
public sealed class ActualiteitController(PortalDbContext db, TimeProvider clock) : Controller
{
    public const string Brussel = "Brussel";
    public const string Onbekend = "Onbekend";

    /// <summary>How many organisations without members the page lists.</summary>
    public const int MaxZonderLid = 200;

    [HttpGet("beheer/actualiteit")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var vandaag = BelgischeTijd.Vandaag(clock);

        // A few columns per organisation (the first locatie's gemeente is read from the JSON column by the database);
        // everything is grouped in memory, which stays fast for tens of thousands of organisations.
        var organisaties = await db.Organisaties.AsNoTracking()
            .Select(o => new
            {
                o.Naam,
                o.Slug,
                o.Type,
                o.Status,
                o.LaatstGecontroleerd,
                o.LaatsteHerinnering,
                GemeenteNis = o.Locaties.Select(l => l.GemeenteNis).FirstOrDefault(),
                HeeftLid = db.Lidmaatschappen.Any(l => l.OrganisatieId == o.Id),
            })
            .ToListAsync(cancellationToken);
        var regios = await db.Gemeenten.AsNoTracking()
            .Select(g => new { g.NisCode, g.Provincie, g.Gewest })
            .ToDictionaryAsync(g => g.NisCode, g => g.Gewest == Brussel ? Brussel : string.IsNullOrEmpty(g.Provincie) ? Onbekend : g.Provincie, cancellationToken);
        var openMeldingen = await db.Meldingen
            .CountAsync(m => m.Status == MeldingStatus.Nieuw || m.Status == MeldingStatus.InBehandeling, cancellationToken);

        var actief = organisaties.Where(o => o.Status != OrganisatieStatus.Stopgezet)
            .Select(o => new Regel(
                o.LaatstGecontroleerd,
                o.GemeenteNis is not null && regios.TryGetValue(o.GemeenteNis, out var regio) ? regio : Onbekend,
                o.Type))
            .ToList();
        var grens6 = Versheid.VerouderdVoor(vandaag);
        var grens12 = Versheid.NietRecentVoor(vandaag);
        ActualiteitRij Tel(string naam, IEnumerable<Regel> regels)
        {
            int totaal = 0, ouder6 = 0, ouder12 = 0;
            foreach (var r in regels)
            {
                totaal++;
                ouder6 += r.Gecontroleerd is not { } d || d < grens6 ? 1 : 0;
                ouder12 += r.Gecontroleerd is not { } e || e < grens12 ? 1 : 0;
            }

            return new ActualiteitRij(naam, totaal, ouder6, ouder12);
        }

        // Every region is shown, also one without organisations; "Onbekend" only when it has some.
        var perRegio = actief.ToLookup(r => r.Regio);
        var regioNamen = regios.Values.Where(r => r is not (Brussel or Onbekend)).Distinct().Order(Nl.Namen)
            .Append(Brussel)
            .Concat(perRegio.Contains(Onbekend) ? [Onbekend] : []);

        var perType = actief.ToLookup(r => r.Type);
        var typeRijen = Vocabulaire.Organisatietypes.Where(t => perType.Contains(t.Code)).Select(t => Tel(t.Label, perType[t.Code]))
            .Concat(perType.Where(g => Vocabulaire.Organisatietypes.All(t => t.Code != g.Key)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Tel(g.Key, g)));

        var zonderLid = organisaties.Where(o => o.Status != OrganisatieStatus.Stopgezet && !o.HeeftLid)
            .Select(o => new OrganisatieZonderLid(o.Naam, o.Slug, o.LaatstGecontroleerd))
            .OrderBy(o => o.Naam, Nl.Namen)
            .ToList();

        return View(new ActualiteitOverzicht(
            vandaag,
            Tel("Alle organisaties", actief),
            [.. regioNamen.Select(naam => Tel(naam, perRegio[naam]))],
            [.. typeRijen],
            openMeldingen,
            [.. zonderLid.Take(MaxZonderLid)],
            zonderLid.Count,
            organisaties.Max(o => o.LaatsteHerinnering)));
    }

    private sealed record Regel(DateOnly? Gecontroleerd, string Regio, string Type);
}
