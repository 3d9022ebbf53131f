using Microsoft.Extensions.Primitives;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;
using Partnerschap.Web.Infrastructure.Plaatsen;

namespace Partnerschap.Web.Features.Api.Hsds;

/// <summary>The organisations a search finds, in the order of the sociale kaart, and the place it was limited to.</summary>
public sealed record HsdsZoekresultaat(IReadOnlyDictionary<Guid, int> Rang, Plaats? Plaats);

/// <summary>
/// The filters of the lists, on the <see cref="HsdsCatalogus"/>. <c>search</c>, <c>postcode</c> and <c>proximity</c>
/// are the sociale kaart's own search (<see cref="ZoekVraag"/>, <see cref="KaartZoeker"/>): the same words find the same
/// organisations, in the same order.
/// </summary>
public static class HsdsFilters
{
    /// <summary>A filter on a term or taxonomy the aanbod has no place for is refused rather than answered with nothing.</summary>
    public static void Controleer(HsdsVraag vraag)
    {
        if (vraag.Term?.Taxonomie.Code is HsdsTaxonomieen.Profiel or HsdsTaxonomieen.Contactrol ||
            vraag.Taxonomie?.Code is HsdsTaxonomieen.Profiel or HsdsTaxonomieen.Contactrol)
        {
            vraag.Fouten.Add("Op de taxonomieën profiel en contactrol kan je niet filteren; gebruik organisatietype, aanleiding, samenwerkingsvorm of doelgroep.");
        }
    }

    /// <summary>
    /// The sociale kaart's search for <c>search</c> (and <c>postcode</c>, <c>proximity</c>), or null when none was asked.
    /// A question the kaart would correct is an error here: an API answers what was asked, or says why not.
    /// </summary>
    public static HsdsZoekresultaat? Zoek(KaartIndex index, HsdsVraag vraag, bool metPlaats, List<string> fouten)
    {
        var postcode = metPlaats ? vraag.Postcode : null;
        if (vraag.Zoek is null && postcode is null)
        {
            return null;
        }

        var parameters = new Dictionary<string, StringValues> { ["soort"] = "organisaties", ["sorteer"] = "relevantie" };
        if (vraag.Zoek is not null)
        {
            parameters["q"] = vraag.Zoek;
        }

        if (postcode is not null)
        {
            parameters["gemeente"] = postcode;
            if (metPlaats && vraag.ProximityMeter is { } meter)
            {
                // The kaart counts whole kilometres; the exact distance is checked per address afterwards.
                parameters["bereik"] = Math.Max(1, (int)Math.Ceiling(meter / 1000.0)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var zoekVraag = ZoekVraag.Lees(new QueryCollection(parameters), index.Plaatsen, index.Talen);
        if (zoekVraag.Waarschuwingen.Count > 0)
        {
            fouten.AddRange(zoekVraag.Waarschuwingen);
            return null;
        }

        var rang = new Dictionary<Guid, int>();
        foreach (var treffer in KaartZoeker.Alle(index, zoekVraag, index.Items.Length).Treffers)
        {
            if (treffer.Item.Soort == Soort.Organisaties)
            {
                rang.TryAdd(treffer.Item.Id, rang.Count);
            }
        }

        return new HsdsZoekresultaat(rang, zoekVraag.Plaats);
    }

    public static IEnumerable<CatalogusAanbod> Aanbod(HsdsCatalogus catalogus, HsdsVraag vraag, HsdsZoekresultaat? zoek)
    {
        var lijst = catalogus.Aanbod.Where(a =>
            (vraag.OrganisatieId is not { } organisatie || a.Organisatie.Id == organisatie) &&
            (vraag.GewijzigdNa is not { } na || a.Organisatie.LaatstGewijzigd >= na) &&
            (vraag.Term is not { } gekozen || Heeft(a, gekozen.Taxonomie.Code, gekozen.Term.Code)) &&
            (vraag.Taxonomie is not { } t || Heeft(a, t.Code, null)) &&
            (zoek is null || zoek.Rang.ContainsKey(a.Organisatie.Id)));
        return zoek is null ? lijst : lijst.OrderBy(a => zoek.Rang[a.Organisatie.Id]);
    }

    public static IEnumerable<CatalogusOrganisatie> Organisaties(HsdsCatalogus catalogus, HsdsZoekresultaat? zoek) =>
        zoek is null ? catalogus.Organisaties : catalogus.Organisaties.Where(o => zoek.Rang.ContainsKey(o.Id)).OrderBy(o => zoek.Rang[o.Id]);

    /// <summary>The service_at_locations of the listed aanbod; with <c>proximity</c>, only the addresses that near.</summary>
    public static IEnumerable<CatalogusPlek> Plekken(HsdsCatalogus catalogus, IEnumerable<CatalogusAanbod> aanbod, HsdsVraag vraag, HsdsZoekresultaat? zoek)
    {
        var plekken = aanbod.SelectMany(a => a.Punten.Select((_, i) => new CatalogusPlek(HsdsExport.ServiceAtLocationId(a.Id, i), a, i)));
        if (vraag.ProximityMeter is { } meter && zoek?.Plaats is { } plaats)
        {
            plekken = plekken.Where(p => plaats.Punten.Any(punt =>
                GemeenteLookup.DistanceKm(punt.Lat, punt.Lon, p.Aanbod.Punten[p.Index].Lat, p.Aanbod.Punten[p.Index].Lon) * 1000 <= meter));
        }

        return plekken;
    }

    private static bool Heeft(CatalogusAanbod a, string taxonomie, string? code) => taxonomie switch
    {
        HsdsTaxonomieen.Organisatietype => code is null || a.Organisatie.Type == code,
        HsdsTaxonomieen.Aanleiding => code is null ? a.Aanleidingen.Count > 0 : a.Aanleidingen.Contains(code),
        HsdsTaxonomieen.Samenwerkingsvorm => code is null ? a.Samenwerkingsvormen.Count > 0 : a.Samenwerkingsvormen.Contains(code),
        HsdsTaxonomieen.Doelgroep => code is null ? a.Doelgroepen.Count > 0 : a.Doelgroepen.Contains(code),
        _ => false,
    };
}
