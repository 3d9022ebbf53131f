using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure.Plaatsen;

namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

/// <summary>
/// The URL contract of /sociale-kaart (docs/sociale-kaart-zoeken.md), read leniently: an unknown code, an absurd
/// distance or page, or a very long text never fails the page; it is ignored or corrected, and said so in Dutch.
/// </summary>
public sealed class ZoekVraag
{
    public const int MaxTekst = 200;
    public const int MaxAfstandKm = 100;
    public const int PerPagina = 20;

    public string? Q { get; private init; }

    public string? GemeenteTekst { get; private init; }

    /// <summary>The place the search is limited to (a gemeente, a merged gemeente, a deelgemeente), or null.</summary>
    public Plaats? Plaats { get; private init; }

    /// <summary>Null = werkingsgebied (who serves the gemeente); a number = a location within that many km.</summary>
    public int? AfstandKm { get; private init; }

    /// <summary>The chosen codes per filter, indexed by <see cref="KaartFilter.Positie"/>.</summary>
    private IReadOnlyList<string>[] _gekozen = [.. KaartFilters.Alle.Select(_ => (IReadOnlyList<string>)[])];

    public Soort Soort { get; private init; }

    public string Sorteer { get; private init; } = "relevantie";

    public int Pagina { get; set; } = 1;

    public List<string> Waarschuwingen { get; } = [];

    /// <summary>How the search read the text when it did something the user may not expect (not an error: 200).</summary>
    public string? Uitleg { get; private init; }

    /// <summary>Places to choose from when the gemeente was unknown or ambiguous: links that keep every other choice.</summary>
    public List<Suggestie> Suggesties { get; } = [];

    /// <summary>The question above <see cref="Suggesties"/>: "Bedoelde je:" or "Welke plaats bedoel je?".</summary>
    public string? SuggestieVraag { get; private set; }

    public bool HeeftFilters => _gekozen.Any(codes => codes.Count > 0);

    /// <summary>The codes chosen for one filter (empty: no filter).</summary>
    public IReadOnlyList<string> Gekozen(KaartFilter filter) => _gekozen[filter.Positie];

    public static ZoekVraag Lees(IQueryCollection query, PlaatsLookup plaatsen, IReadOnlyList<string> talen)
    {
        var meldingen = new List<string>();
        var q = Een(query, "q");
        if (q is { Length: > MaxTekst })
        {
            meldingen.Add($"Je zoektekst was langer dan {MaxTekst} tekens; we zochten op het begin ervan.");
            q = q[..MaxTekst];
        }

        // A language typed in the search box ("Arabisch") is the taal filter, not a word to find in the texts.
        (q, var getypteTalen) = TalenUitTekst(q, talen);

        var gemeenteTekst = Een(query, "gemeente");
        if (gemeenteTekst is { Length: > 100 })
        {
            gemeenteTekst = gemeenteTekst[..100];
        }

        string? uitleg = null;

        // "sociale kruidenier Ledeberg": a place at the end of the search text, with no gemeente chosen, is the gemeente.
        if (gemeenteTekst is null && PlaatsAanHetEinde(q, plaatsen) is var (rest, plaatsTekst))
        {
            uitleg = $"We lazen '{plaatsTekst}' als de plaats en zochten '{rest}' daar.";
            (q, gemeenteTekst) = (rest, plaatsTekst);
        }

        var vondst = plaatsen.Zoek(gemeenteTekst);
        var gemeente = vondst.Plaats;
        if (vondst.Dubbelzinnig)
        {
            meldingen.Add($"Er zijn meerdere plaatsen met de naam '{gemeenteTekst}'. Kies hieronder de plaats die je bedoelt. We zochten zonder gemeente.");
        }
        else if (gemeenteTekst is not null && gemeente is null)
        {
            meldingen.Add($"We kennen geen gemeente, deelgemeente of postcode '{gemeenteTekst}' in Vlaanderen of Brussel. We zochten zonder gemeente.");
        }

        int? afstand = null;
        var bereik = Een(query, "bereik");
        if (bereik is not null and not "werkingsgebied")
        {
            if (int.TryParse(bereik, NumberStyles.None, CultureInfo.InvariantCulture, out var km) && km is >= 1 and <= MaxAfstandKm)
            {
                afstand = km;
            }
            else
            {
                meldingen.Add($"Een afstand moet tussen 1 en {MaxAfstandKm} km liggen. We zochten op werkingsgebied.");
            }
        }

        var soort = Een(query, "soort") switch
        {
            null or "organisaties" => Soort.Organisaties,
            "scholen" => Soort.Scholen,
            "brugfiguren" => Soort.Brugfiguren,
            var other => Melding(Soort.Organisaties, meldingen, $"'{other}' is geen soort; we tonen organisaties."),
        };

        var sorteer = Een(query, "sorteer") ?? (q is null && gemeente is not null ? "afstand" : "relevantie");
        if (sorteer is not ("relevantie" or "afstand" or "naam"))
        {
            meldingen.Add($"'{sorteer}' is geen sortering; we sorteren op relevantie.");
            sorteer = "relevantie";
        }

        var pagina = 1;
        if (Een(query, "pagina") is { } p && (!int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out pagina) || pagina < 1 || pagina > 10_000))
        {
            meldingen.Add("Dat paginanummer bestaat niet; we tonen de eerste pagina.");
            pagina = 1;
        }

        var vraag = new ZoekVraag
        {
            Q = q,
            GemeenteTekst = gemeenteTekst,
            Plaats = gemeente,
            AfstandKm = gemeente is null ? null : afstand,
            _gekozen = [.. KaartFilters.Alle.Select(filter => filter == KaartFilters.Taal
                ? [.. Codes(query, filter, talen, meldingen).Union(getypteTalen)]
                : Codes(query, filter, filter.Termen!.Select(t => t.Code), meldingen))],
            Soort = soort,
            Sorteer = sorteer,
            Uitleg = uitleg,
            Pagina = pagina,
        }.MetWaarschuwingen(meldingen);

        // Each choice is this same search with another place; a chosen distance stays with it.
        foreach (var keuze in vondst.Keuzes)
        {
            var url = vraag.Url("gemeente", keuze.Invoer);
            vraag.Suggesties.Add(new Suggestie(keuze.Tekst, afstand is null ? url : QueryHelpers.AddQueryString(url, "bereik", afstand.Value.ToString(CultureInfo.InvariantCulture))));
        }

        vraag.SuggestieVraag = vondst.Keuzes.Count == 0 ? null : vondst.Dubbelzinnig ? "Welke plaats bedoel je?" : "Bedoelde je:";
        return vraag;
    }

    /// <summary>
    /// Splits the names of languages that some organisation speaks ("Arabisch", "Turks") off the search text; returns
    /// the rest of the text (null when nothing remains) and their codes.
    /// </summary>
    public static (string? Overig, IReadOnlyList<string> Talen) TalenUitTekst(string? q, IReadOnlyList<string> talen)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return (q, []);
        }

        // Not Nederlands: nearly every profile speaks it, and "Nederlands leren" asks for lessons, not for a language.
        var perNaam = TalenPerNaam.GetValue(talen, lijst => lijst.Where(code => code != "nl").ToDictionary(code => Slugs.Fold(TaalNamen.Naam(code)), code => code));
        var gevonden = new List<string>();
        var rest = new List<string>();
        foreach (var woord in q.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (perNaam.TryGetValue(Slugs.Fold(woord), out var code))
            {
                gevonden.Add(code);
            }
            else
            {
                rest.Add(woord);
            }
        }

        if (gevonden.Count > 0)
        {
            rest.RemoveAll(woord => TaalWoorden.Contains(Slugs.Fold(woord)));
        }

        return gevonden.Count == 0 ? (q, []) : (rest.Count == 0 ? null : string.Join(' ', rest), gevonden);
    }

    /// <summary>Folded language name → code, made once per list of languages (the index's list lives as long as the index).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<string>, Dictionary<string, string>> TalenPerNaam = [];

    /// <summary>Words that go with a language name and are no search words themselves ("Turks spreken").</summary>
    private static readonly HashSet<string> TaalWoorden = new(StringComparer.Ordinal)
    {
        "spreken", "spreekt", "sprekend", "sprekende", "spreker", "sprekers", "taal", "talig", "talige", "in", "het",
    };

    /// <summary>Place names that are everyday words too: never read as a place at the end of the search text.</summary>
    private static readonly HashSet<string> GeenPlaats = new(StringComparer.Ordinal)
    {
        "meer", "berg", "bos", "dam", "heide", "hoek", "wijk", "zand", "hof", "veld", "broek", "kapel", "linde", "moen", "ham", "eke", "ruien",
    };

    /// <summary>
    /// The search text without its last one to three words, and those words, when they name exactly one place and
    /// other words remain; otherwise null.
    /// </summary>
    public static (string Overig, string Plaats)? PlaatsAanHetEinde(string? q, PlaatsLookup plaatsen)
    {
        var woorden = q?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        for (var n = Math.Min(3, woorden.Length - 1); n >= 1; n--)
        {
            var plaats = string.Join(' ', woorden[^n..]);
            if ((n > 1 || !GeenPlaats.Contains(Slugs.Fold(plaats))) && plaatsen.MetNaam(plaats) is not null)
            {
                return (string.Join(' ', woorden[..^n]), plaats);
            }
        }

        return null;
    }

    /// <summary>The query string of this search with one change (null value removes the key).</summary>
    public string Url(string? sleutel = null, string? waarde = null, string? zonderWaarde = null, bool resetPagina = true)
    {
        var parts = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add(new(key, value));
            }
        }

        Add("q", Q);
        Add("gemeente", Plaats is null ? null : GemeenteTekst);
        Add("bereik", AfstandKm?.ToString(CultureInfo.InvariantCulture));
        foreach (var (key, values) in Lijsten())
        {
            foreach (var value in values)
            {
                if (!(key == sleutel && value == zonderWaarde))
                {
                    Add(key, value);
                }
            }
        }

        Add("soort", Soort == Soort.Organisaties ? null : Soort.ToString().ToLowerInvariant());
        Add("sorteer", Sorteer == "relevantie" ? null : Sorteer);
        if (!resetPagina && Pagina > 1)
        {
            Add("pagina", Pagina.ToString(CultureInfo.InvariantCulture));
        }

        if (sleutel is not null && zonderWaarde is null)
        {
            parts.RemoveAll(p => p.Key == sleutel);
            Add(sleutel, waarde);
        }

        return "/sociale-kaart" + Microsoft.AspNetCore.Http.QueryString.Create(parts);
    }

    /// <summary>The download of this search's results (<c>/sociale-kaart/export.csv</c> with the same question).</summary>
    public string ExportUrl => "/sociale-kaart/export.csv" + Url()["/sociale-kaart".Length..];

    public IEnumerable<(string Key, IReadOnlyList<string> Values)> Lijsten() =>
        KaartFilters.Alle.Select(filter => (filter.Sleutel, _gekozen[filter.Positie]));

    private ZoekVraag MetWaarschuwingen(List<string> meldingen)
    {
        Waarschuwingen.AddRange(meldingen);
        return this;
    }

    private static string? Een(IQueryCollection query, string key)
    {
        var value = query.TryGetValue(key, out var values) ? values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) : null;
        return value?.Trim();
    }

    private static List<string> Codes(IQueryCollection query, KaartFilter filter, IEnumerable<string> known, List<string> meldingen)
    {
        if (!query.TryGetValue(filter.Sleutel, out StringValues values))
        {
            return [];
        }

        var set = known.ToHashSet();
        var result = new List<string>();
        foreach (var value in values.Take(50).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()))
        {
            if (set.Contains(value))
            {
                if (!result.Contains(value))
                {
                    result.Add(value);
                }
            }
            else
            {
                meldingen.Add($"'{(value.Length > 40 ? value[..40] + "…" : value)}' is geen gekende {filter.Wat}; we negeerden die filter.");
            }
        }

        return result;
    }

    private static T Melding<T>(T value, List<string> meldingen, string melding)
    {
        meldingen.Add(melding);
        return value;
    }
}
