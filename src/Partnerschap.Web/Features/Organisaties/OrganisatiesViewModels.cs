using System.Text.Json;
using Partnerschap.Web.Domain;

using Partnerschap.Web.Infrastructure;

namespace Partnerschap.Web.Features.Organisaties;

public sealed record SamenwerkingRegel(string Naam, string Url, IReadOnlyList<string> Vormen, IReadOnlyList<string> Aanleidingen, string Beschrijving, string? Brugfiguur);

public sealed class OrganisatieProfiel(Organisatie organisatie, IReadOnlyList<SamenwerkingRegel> samenwerkingen, GemeenteLookup gemeenten, DateOnly vandaag)
{
    public Organisatie Organisatie => organisatie;

    public IReadOnlyList<SamenwerkingRegel> Samenwerkingen => samenwerkingen;

    public string TypeLabel => Vocabulaire.Vind(Vocabulaire.Organisatietypes, organisatie.Type)?.Label ?? organisatie.Type;

    /// <summary>Not confirmed in the last 12 months (or never): <see cref="Versheid"/>.</summary>
    public bool NietRecentGecontroleerd => Versheid.IsNietRecent(organisatie.LaatstGecontroleerd, vandaag);

    public string Gemeente(string? nis) => gemeenten.OpNis(nis)?.Weergavenaam ?? string.Empty;

    public IEnumerable<string> Werkingsgebied =>
        organisatie.Werkingsgebied.Select(g => g.Soort switch
        {
            GebiedSoort.Gewest => g.Code == "Brussel" ? "Heel Brussel" : "Heel Vlaanderen",
            GebiedSoort.Provincie => "Provincie " + g.Code,
            _ => gemeenten.OpNis(g.Code)?.Weergavenaam ?? g.Code,
        }).Distinct().Order(Nl.Namen);

    /// <summary>schema.org description for search engines; serialised with HTML-safe escaping.</summary>
    public string JsonLd()
    {
        var locatie = organisatie.Locaties.FirstOrDefault();
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Organization",
            ["name"] = organisatie.Naam,
            ["description"] = organisatie.Beschrijving,
            ["email"] = organisatie.Email,
            ["telephone"] = organisatie.Telefoon,
            ["url"] = organisatie.Website,
            ["address"] = locatie is null ? null : new Dictionary<string, object?>
            {
                ["@type"] = "PostalAddress",
                ["streetAddress"] = locatie.Straat,
                ["postalCode"] = locatie.Postcode,
                ["addressLocality"] = Gemeente(locatie.GemeenteNis),
                ["addressCountry"] = "BE",
            },
            ["areaServed"] = Werkingsgebied.ToList(),
        };
        return JsonSerializer.Serialize(data.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value));
    }

    public static string KaartLink(Locatie l) => KaartLink(l.Latitude, l.Longitude);

    /// <summary>A link to the point on OpenStreetMap (an external page: the portal itself loads no map tiles).</summary>
    public static string KaartLink(double latitude, double longitude) =>
        FormattableString.Invariant($"https://www.openstreetmap.org/?mlat={latitude:0.#####}&mlon={longitude:0.#####}#map=17/{latitude:0.#####}/{longitude:0.#####}");
}
