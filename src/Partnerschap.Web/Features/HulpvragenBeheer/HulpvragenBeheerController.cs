using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure;

namespace Partnerschap.Web.Features.HulpvragenBeheer;

/// <summary>
/// /beheer/hulpvragen: the Beheerder edits the hulpvragen vocabulary of the search (docs/hulpvragen.md); every change is
/// recorded with who and when, and renews the search index of every instance (same stamp as the map).
/// /beheer/zoekopdrachten: the searches without result of a week, each with a form to add it as a term.
/// </summary>
[Authorize(Roles = Rollen.Beheerder)]
public sealed partial class HulpvragenBeheerController(PortalDbContext db, TimeProvider clock) : Controller
{
    /// <summary>How many searches without result the week page lists.</summary>
    public const int MaxZoekopdrachten = 200;

    [HttpGet("beheer/hulpvragen")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new HulpvraagOverzicht(await AlleAsync(cancellationToken), new NieuweHulpvraagFormulier()));

    [HttpPost("beheer/hulpvragen")]
    public async Task<IActionResult> Nieuw([Bind(Prefix = nameof(HulpvraagOverzicht.Nieuw))] NieuweHulpvraagFormulier formulier, CancellationToken cancellationToken)
    {
        var label = string.Join(' ', (formulier.Label ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var term = HulpvraagRegels.Normaliseer(formulier.Term);
        var hulpvraag = new Hulpvraag { Code = string.Empty, Label = label, Levensdomein = formulier.Levensdomein, Termen = [] };
        if (label.Length is 0 or > 100)
        {
            ModelState.AddModelError(Veld(nameof(formulier.Label)), label.Length == 0 ? "Geef de hulpvraag een naam." : "Een naam is hoogstens 100 tekens lang.");
        }

        if (formulier.Levensdomein is not null && !Levensdomeinen.Alle.Contains(formulier.Levensdomein))
        {
            ModelState.AddModelError(Veld(nameof(formulier.Levensdomein)), "Kies een levensdomein uit de lijst.");
        }

        if (HulpvraagRegels.TermFout(term, hulpvraag) is { } fout)
        {
            ModelState.AddModelError(Veld(nameof(formulier.Term)), fout);
        }

        var code = Slugs.From(label);
        var codes = await db.Hulpvragen.Select(h => h.Code).ToListAsync(cancellationToken);
        if (ModelState.ErrorCount == 0 && code.Length == 0)
        {
            ModelState.AddModelError(Veld(nameof(formulier.Label)), "Een naam moet minstens één letter bevatten.");
        }

        if (ModelState.ErrorCount > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Index), new HulpvraagOverzicht(await AlleAsync(cancellationToken), formulier));
        }

        hulpvraag.Code = Enumerable.Range(1, 1000).Select(i => i == 1 ? code : $"{code}-{i}").First(c => !codes.Contains(c));
        hulpvraag.Termen.Add(term);
        db.Hulpvragen.Add(hulpvraag);
        await BewaarAsync(hulpvraag, $"Hulpvraag ‘{label}’ gemaakt met zoekterm ‘{term}’", cancellationToken);
        TempData[Statusbericht.Key] = $"De hulpvraag ‘{label}’ is gemaakt. Voeg nu zoektermen en zoekwoorden toe.";
        return Redirect($"/beheer/hulpvragen/{hulpvraag.Code}");
    }

    [HttpGet("beheer/hulpvragen/{code}")]
    public async Task<IActionResult> Hulpvraag(string code, CancellationToken cancellationToken) =>
        await ZoekAsync(code, cancellationToken) is { } hulpvraag ? View(Pagina(hulpvraag)) : NotFound();

    [HttpPost("beheer/hulpvragen/termen")]
    public async Task<IActionResult> TermToevoegen(string? code, string? term, string? terug, CancellationToken cancellationToken)
    {
        if (await ZoekAsync(code, cancellationToken) is not { } hulpvraag)
        {
            return Fout(code is null ? "Kies een hulpvraag." : $"Er is geen hulpvraag met code ‘{code}’.");
        }

        var nieuw = HulpvraagRegels.Normaliseer(term);
        if (HulpvraagRegels.TermFout(nieuw, hulpvraag) is { } fout)
        {
            ModelState.AddModelError("Term", fout);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Hulpvraag), Pagina(hulpvraag) with { Term = term });
        }

        var andere = await db.Hulpvragen.AsNoTracking().Where(h => h.Id != hulpvraag.Id).ToListAsync(cancellationToken);
        hulpvraag.Termen.Add(nieuw);
        if (!await BewaarAsync(hulpvraag, $"Zoekterm ‘{nieuw}’ toegevoegd", cancellationToken))
        {
            return Gelijktijdig(hulpvraag);
        }

        TempData[Statusbericht.Key] = HulpvraagRegels.TermWaarschuwing(nieuw, andere) is { } waarschuwing
            ? $"‘{nieuw}’ is toegevoegd aan ‘{hulpvraag.Label}’. {waarschuwing}"
            : $"‘{nieuw}’ is toegevoegd aan ‘{hulpvraag.Label}’. De zoekfunctie gebruikt het binnen enkele seconden.";
        return Redirect(terug is not null && Url.IsLocalUrl(terug) && terug.StartsWith("/beheer/", StringComparison.Ordinal) ? terug : $"/beheer/hulpvragen/{hulpvraag.Code}");
    }

    [HttpPost("beheer/hulpvragen/{code}/termen/verwijderen")]
    public async Task<IActionResult> TermVerwijderen(string code, string? term, CancellationToken cancellationToken)
    {
        if (await ZoekAsync(code, cancellationToken) is not { } hulpvraag)
        {
            return NotFound();
        }

        if (term is null || !hulpvraag.Termen.Contains(term, StringComparer.Ordinal))
        {
            return Fout($"‘{term}’ staat niet (meer) bij deze hulpvraag. Misschien verwijderde iemand het al.");
        }

        hulpvraag.Termen.Remove(term);
        if (!await BewaarAsync(hulpvraag, $"Zoekterm ‘{term}’ verwijderd", cancellationToken))
        {
            return Gelijktijdig(hulpvraag);
        }

        TempData[Statusbericht.Key] = $"‘{term}’ is verwijderd uit ‘{hulpvraag.Label}’.";
        return Redirect($"/beheer/hulpvragen/{hulpvraag.Code}");
    }

    [HttpPost("beheer/hulpvragen/{code}/zoekwoorden")]
    public async Task<IActionResult> ZoekwoordenBewaren(string code, string? zoekwoorden, List<string>? organisatietypes, CancellationToken cancellationToken)
    {
        if (await ZoekAsync(code, cancellationToken) is not { } hulpvraag)
        {
            return NotFound();
        }

        var (woorden, woordFouten) = HulpvraagRegels.Zoekwoorden(zoekwoorden);
        var (types, typeFouten) = HulpvraagRegels.Organisatietypes(organisatietypes);
        woordFouten.ForEach(f => ModelState.AddModelError("Zoekwoorden", f));
        typeFouten.ForEach(f => ModelState.AddModelError("Organisatietypes", f));
        if (ModelState.ErrorCount > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Hulpvraag), Pagina(hulpvraag) with { Zoekwoorden = zoekwoorden ?? string.Empty, Organisatietypes = types });
        }

        var wijzigingen = new List<string>();
        if (!woorden.SequenceEqual(hulpvraag.Zoekt))
        {
            wijzigingen.Add($"Zoekwoorden: {Lijst(hulpvraag.Zoekt)} → {Lijst(woorden)}");
            hulpvraag.Zoekt = woorden;
        }

        if (!types.SequenceEqual(hulpvraag.Organisatietypes))
        {
            wijzigingen.Add($"Soorten organisaties: {Lijst(hulpvraag.Organisatietypes)} → {Lijst(types)}");
            hulpvraag.Organisatietypes = types;
        }

        if (wijzigingen.Count == 0)
        {
            TempData[Statusbericht.Key] = "Er veranderde niets.";
        }
        else if (await BewaarAsync(hulpvraag, string.Join(". ", wijzigingen), cancellationToken))
        {
            TempData[Statusbericht.Key] = $"De zoekwoorden en soorten organisaties van ‘{hulpvraag.Label}’ zijn bewaard.";
        }
        else
        {
            return Gelijktijdig(hulpvraag);
        }

        return Redirect($"/beheer/hulpvragen/{hulpvraag.Code}");
    }

    [HttpGet("beheer/hulpvragen/{code}/geschiedenis")]
    public async Task<IActionResult> Geschiedenis(string code, CancellationToken cancellationToken)
    {
        if (await ZoekAsync(code, cancellationToken) is not { } hulpvraag)
        {
            return NotFound();
        }

        var wijzigingen = await db.HulpvraagWijzigingen.AsNoTracking().Where(w => w.HulpvraagId == hulpvraag.Id)
            .OrderByDescending(w => w.Tijdstip).ThenByDescending(w => w.Id).ToListAsync(cancellationToken);
        return View(new HulpvraagGeschiedenis(hulpvraag, wijzigingen));
    }

    [HttpGet("beheer/zoekopdrachten")]
    public async Task<IActionResult> Zoekopdrachten(string? week, CancellationToken cancellationToken)
    {
        var vandaag = BelgischeTijd.Vandaag(clock);
        string? fout = null;
        var maandag = LeesWeek(week);
        if (maandag is null)
        {
            fout = string.IsNullOrWhiteSpace(week) ? null : $"‘{(week.Length > 20 ? week[..20] : week)}’ is geen week. Schrijf een week als {WeekVan(vandaag)}. We tonen deze week.";
            maandag = DateOnly.FromDateTime(ISOWeek.ToDateTime(ISOWeek.GetYear(vandaag.ToDateTime(TimeOnly.MinValue)), ISOWeek.GetWeekOfYear(vandaag.ToDateTime(TimeOnly.MinValue)), DayOfWeek.Monday));
        }

        var van = maandag.Value;
        var tot = van.AddDays(6);
        var regels = await db.ZoekopdrachtenZonderResultaat.AsNoTracking()
            .Where(z => z.Dag >= van && z.Dag <= tot)
            .GroupBy(z => new { z.Tekst, z.Gemeente })
            .Select(g => new ZoekopdrachtRegel(g.Key.Tekst, g.Key.Gemeente, g.Sum(z => z.Aantal)))
            .ToListAsync(cancellationToken);
        var hulpvragen = await db.Hulpvragen.AsNoTracking().OrderBy(h => h.Label).Select(h => new { h.Code, h.Label }).ToListAsync(cancellationToken);
        if (fout is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View(new ZoekopdrachtenWeek(
            WeekVan(van), van, tot, WeekVan(van.AddDays(-7)), WeekVan(van.AddDays(7)),
            [.. regels.OrderByDescending(r => r.Aantal).ThenBy(r => r.Tekst, StringComparer.Ordinal).ThenBy(r => r.Gemeente, StringComparer.Ordinal).Take(MaxZoekopdrachten)],
            [.. hulpvragen.Select(h => (h.Code, h.Label))],
            fout));
    }

    /// <summary>"2026-W49": the ISO week of a day, as in an HTML week field.</summary>
    public static string WeekVan(DateOnly dag)
    {
        var datum = dag.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(datum)}-W{ISOWeek.GetWeekOfYear(datum):00}");
    }

    /// <summary>The Monday of a week written as "2026-W49", or null.</summary>
    private static DateOnly? LeesWeek(string? week)
    {
        var match = week is null ? null : WeekPatroon().Match(week.Trim());
        if (match is not { Success: true })
        {
            return null;
        }

        var jaar = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var nummer = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        return jaar is < 2000 or > 2999 || nummer < 1 || nummer > ISOWeek.GetWeeksInYear(jaar)
            ? null
            : DateOnly.FromDateTime(ISOWeek.ToDateTime(jaar, nummer, DayOfWeek.Monday));
    }

    /// <summary>Records the change with who and when, saves both in one transaction; the new map stamp renews the index (PortalDbContext.SaveChangesAsync).</summary>
    private async Task<bool> BewaarAsync(Hulpvraag hulpvraag, string omschrijving, CancellationToken cancellationToken)
    {
        var id = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var naam = await db.Users.Where(u => u.Id == id).Select(u => u.Weergavenaam ?? u.Email).FirstOrDefaultAsync(cancellationToken);
        db.HulpvraagWijzigingen.Add(new HulpvraagWijziging
        {
            Hulpvraag = hulpvraag,
            Tijdstip = clock.GetUtcNow(),
            GebruikerId = id,
            Door = $"{naam ?? User.Identity?.Name ?? "onbekend"} ({Rollen.Beheerder})",
            Omschrijving = omschrijving.Length > 2000 ? omschrijving[..1999] + "…" : omschrijving,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }

        return true;
    }

    private RedirectResult Gelijktijdig(Hulpvraag hulpvraag)
    {
        TempData[Statusbericht.Key] = "Iemand anders wijzigde deze hulpvraag op hetzelfde moment. Hieronder zie je de nieuwste versie; doe je wijziging opnieuw.";
        return Redirect($"/beheer/hulpvragen/{hulpvraag.Code}");
    }

    private ViewResult Fout(string melding)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Bericht", new Account.BerichtViewModel("Dat lukte niet", melding));
    }

    private static string Veld(string naam) => $"{nameof(HulpvraagOverzicht.Nieuw)}.{naam}";

    private static HulpvraagViewModel Pagina(Hulpvraag hulpvraag) =>
        new(hulpvraag, null, string.Join('\n', hulpvraag.Zoekt), hulpvraag.Organisatietypes);

    private static string Lijst(List<string> woorden) => woorden.Count == 0 ? "(geen)" : string.Join(", ", woorden);

    private Task<Hulpvraag?> ZoekAsync(string? code, CancellationToken cancellationToken) =>
        code is null or { Length: > 80 } ? Task.FromResult<Hulpvraag?>(null) : db.Hulpvragen.FirstOrDefaultAsync(h => h.Code == code, cancellationToken);

    private Task<List<Hulpvraag>> AlleAsync(CancellationToken cancellationToken) =>
        db.Hulpvragen.AsNoTracking().OrderBy(h => h.Label).ToListAsync(cancellationToken);

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\d{4})-W(\d{1,2})$")]
    private static partial System.Text.RegularExpressions.Regex WeekPatroon();
}
