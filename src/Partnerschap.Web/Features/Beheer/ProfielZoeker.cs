using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;

namespace Partnerschap.Web.Features.Beheer;

/// <summary>Finds an organisatie or school from what a Beheerder types: its link, its slug or its exact name.</summary>
public static class ProfielZoeker
{
    public static async Task<(Guid? Id, string? Naam, string? Fout)> OrganisatieAsync(PortalDbContext db, string tekst, CancellationToken cancellationToken)
    {
        var slug = Slug(tekst, "organisaties");
        var naam = tekst.Trim();
        var gevonden = await db.Organisaties.AsNoTracking()
            .Where(o => o.Slug == slug || o.Naam == naam)
            .Select(o => new Gevonden(o.Id, o.Naam, o.Slug)).Take(3).ToListAsync(cancellationToken);
        return Kies(gevonden, slug,
            $"Er zijn meerdere organisaties met de naam ‘{naam}’. Plak de link naar het juiste profiel.",
            $"We vinden geen organisatie ‘{naam}’. Typ de naam zoals op de sociale kaart, of plak de link naar het profiel.");
    }

    public static async Task<(Guid? Id, string? Naam, string? Fout)> SchoolAsync(PortalDbContext db, string tekst, CancellationToken cancellationToken)
    {
        var slug = Slug(tekst, "scholen");
        var naam = tekst.Trim();
        var gevonden = await db.Scholen.AsNoTracking()
            .Where(s => s.Slug == slug || s.Naam == naam || s.Instellingsnummer == naam)
            .Select(s => new Gevonden(s.Id, s.Naam, s.Slug)).Take(3).ToListAsync(cancellationToken);
        return Kies(gevonden, slug,
            $"Er zijn meerdere scholen met de naam ‘{naam}’. Plak de link naar het juiste profiel.",
            $"We vinden geen school ‘{naam}’. Typ de naam of het instellingsnummer, of plak de link naar het profiel.");
    }

    /// <summary>The profile with this slug, else the only one with this name; else the message for none or several.</summary>
    private static (Guid? Id, string? Naam, string? Fout) Kies(List<Gevonden> gevonden, string slug, string meerdere, string geen)
    {
        var profiel = gevonden.FirstOrDefault(g => g.Slug == slug) ?? (gevonden.Count == 1 ? gevonden[0] : null);
        return profiel is not null ? (profiel.Id, profiel.Naam, null) : (null, null, gevonden.Count > 1 ? meerdere : geen);
    }

    /// <summary>"https://…/organisaties/de-sleutel?x" or "/organisaties/de-sleutel" or "de-sleutel" → "de-sleutel".</summary>
    private static string Slug(string tekst, string map)
    {
        var t = tekst.Trim();
        var i = t.IndexOf("/" + map + "/", StringComparison.OrdinalIgnoreCase);
        if (i >= 0)
        {
            t = t[(i + map.Length + 2)..];
        }

        return t.Split('?', '#', '/')[0].ToLowerInvariant();
    }

    private sealed record Gevonden(Guid Id, string Naam, string Slug);
}
