using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

/// <summary>The filters of the sociale kaart, in the order of their bit positions and facets.</summary>
public static class KaartFilters
{
    public const int Aantal = 6;

    private static readonly Soort[] AlleSoorten = [Soort.Organisaties, Soort.Scholen, Soort.Brugfiguren];

    public static readonly IReadOnlyList<Term> KostenTermen =
    [
        new("gratis", "Gratis", "Geen kosten voor het gezin."),
        new("bijdrage", "Met een bijdrage", "Er kan een (kleine) bijdrage gevraagd worden."),
    ];

    public static readonly KaartFilter Aanleiding =
        new(0, "aanleiding", "Aanleiding", "aanleiding", Vocabulaire.Aanleidingen, i => i.Aanleidingen, AlleSoorten);

    public static readonly KaartFilter Vorm =
        new(1, "vorm", "Samenwerkingsvorm", "samenwerkingsvorm", Vocabulaire.Samenwerkingsvormen, i => i.Vormen, AlleSoorten);

    public static readonly KaartFilter Type =
        new(2, "type", "Soort organisatie", "soort organisatie", Vocabulaire.Organisatietypes,
            i => i.Soort == Soort.Organisaties ? [i.TypeCode] : [], [Soort.Organisaties]);

    public static readonly KaartFilter Doelgroep =
        new(3, "doelgroep", "Voor wie", "doelgroep", Vocabulaire.Doelgroepen, i => i.Doelgroepen, [Soort.Organisaties]);

    public static readonly KaartFilter Kosten =
        new(4, "kosten", "Kosten", "kostenfilter", KostenTermen, i => i.Kosten is null ? [] : [i.Kosten], [Soort.Organisaties]);

    public static readonly KaartFilter Taal =
        new(5, "taal", "Taal", "taal", null, i => i.Talen, [Soort.Organisaties, Soort.Brugfiguren]);

    public static readonly IReadOnlyList<KaartFilter> Alle = [Aanleiding, Vorm, Type, Doelgroep, Kosten, Taal];

    private static readonly Dictionary<string, KaartFilter> PerSleutel = Alle.ToDictionary(f => f.Sleutel, StringComparer.Ordinal);

    public static KaartFilter? Voor(string sleutel) => PerSleutel.GetValueOrDefault(sleutel);
}
