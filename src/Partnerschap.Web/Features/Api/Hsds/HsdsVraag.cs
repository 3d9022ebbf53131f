using System.Globalization;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Api.Hsds;

/// <summary>
/// The query parameters of a list of the HSDS API (docs/api.md), read strictly: a value the API cannot use is a 400
/// with a Dutch message, never a guess and never a 500. Parameters a list does not know are ignored, as the reference
/// allows.
/// </summary>
public sealed class HsdsVraag
{
    public const int StandaardPerPagina = 50;
    public const int MaxPerPagina = 100;
    public const int MaxProximityMeter = 100_000;

    public int Pagina { get; private init; } = 1;

    public int PerPagina { get; private init; } = StandaardPerPagina;

    public string? Zoek { get; private init; }

    public (HsdsTaxonomie Taxonomie, Term Term)? Term { get; private init; }

    public HsdsTaxonomie? Taxonomie { get; private init; }

    public Guid? OrganisatieId { get; private init; }

    public DateTimeOffset? GewijzigdNa { get; private init; }

    public bool Minimal { get; private init; }

    public bool Full { get; private init; }

    public bool FullService { get; private init; }

    public bool Ndjson { get; private init; }

    public string? Postcode { get; private init; }

    public int? ProximityMeter { get; private init; }

    public List<string> Fouten { get; } = [];

    public static HsdsVraag Lees(IQueryCollection query)
    {
        var fouten = new List<string>();
        var vraag = new HsdsVraag
        {
            Pagina = Geheel(query, "page", 1, 1, int.MaxValue, fouten, "een paginanummer vanaf 1"),
            PerPagina = Geheel(query, "per_page", StandaardPerPagina, 1, MaxPerPagina, fouten, $"een aantal van 1 tot {MaxPerPagina}"),
            Zoek = Tekst(query, "search", 200, fouten),
            Term = TermVan(Tekst(query, "taxonomy_term_id", 100, fouten), fouten),
            Taxonomie = TaxonomieVan(Tekst(query, "taxonomy_id", 100, fouten), fouten),
            OrganisatieId = IdVan(query, "organization_id", fouten),
            GewijzigdNa = Moment(Tekst(query, "modified_after", 100, fouten), fouten),
            Minimal = Waar(query, "minimal", fouten),
            Full = Waar(query, "full", fouten),
            FullService = Waar(query, "full_service", fouten),
            Ndjson = Tekst(query, "format", 20, fouten) switch
            {
                null or "json" => false,
                "ndjson" => true,
                var f => Fout(false, fouten, $"format '{f}' bestaat niet: gebruik json of ndjson."),
            },
            Postcode = Tekst(query, "postcode", 100, fouten),
            ProximityMeter = Tekst(query, "proximity", 20, fouten) is { } p
                ? int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= MaxProximityMeter
                    ? m
                    : Fout<int?>(null, fouten, $"proximity moet een afstand in meter zijn, van 1 tot {MaxProximityMeter}.")
                : null,
        };
        if (vraag.ProximityMeter is not null && vraag.Postcode is null)
        {
            fouten.Add("proximity werkt alleen samen met postcode: de afstand geldt vanaf die postcode.");
        }

        vraag.Fouten.AddRange(fouten);
        return vraag;
    }

    private static string? Tekst(IQueryCollection query, string naam, int max, List<string> fouten)
    {
        var waarden = query[naam];
        if (waarden.Count > 1)
        {
            fouten.Add($"{naam} mag maar één keer voorkomen.");
        }

        var tekst = waarden.Count == 0 ? null : waarden[0]?.Trim();
        if (tekst is { Length: > 0 } && tekst.Length > max)
        {
            fouten.Add($"{naam} is te lang (hoogstens {max} tekens).");
            return null;
        }

        return string.IsNullOrEmpty(tekst) ? null : tekst;
    }

    private static int Geheel(IQueryCollection query, string naam, int standaard, int min, int max, List<string> fouten, string wat)
    {
        var tekst = Tekst(query, naam, 20, fouten);
        if (tekst is null)
        {
            return standaard;
        }

        return int.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out var waarde) && waarde >= min && waarde <= max
            ? waarde
            : Fout(standaard, fouten, $"{naam} '{tekst}' is geen geldige waarde: verwacht {wat}.");
    }

    private static bool Waar(IQueryCollection query, string naam, List<string> fouten) => Tekst(query, naam, 10, fouten) switch
    {
        null => false,
        "true" or "1" => true,
        "false" or "0" => false,
        var t => Fout(false, fouten, $"{naam} '{t}' is geen geldige waarde: gebruik true of false."),
    };

    private static Guid? IdVan(IQueryCollection query, string naam, List<string> fouten) => Tekst(query, naam, 100, fouten) switch
    {
        null => null,
        var t when Guid.TryParse(t, out var id) => id,
        var t => Fout<Guid?>(null, fouten, $"{naam} '{t}' is geen geldige id (een UUID zoals 3f7b145d-84af-42d7-8fae-eaca714b02b2)."),
    };

    private static (HsdsTaxonomie, Term)? TermVan(string? tekst, List<string> fouten)
    {
        if (tekst is null)
        {
            return null;
        }

        return Guid.TryParse(tekst, out var id) && HsdsTaxonomieen.VindTerm(id) is { } term
            ? term
            : Fout<(HsdsTaxonomie, Term)?>(null, fouten, $"taxonomy_term_id '{tekst}' is geen term van dit portaal. De termen staan op /api/hsds/taxonomy_terms.");
    }

    private static HsdsTaxonomie? TaxonomieVan(string? tekst, List<string> fouten)
    {
        if (tekst is null)
        {
            return null;
        }

        return Guid.TryParse(tekst, out var id) && HsdsTaxonomieen.Vind(id) is { } taxonomie
            ? taxonomie
            : Fout<HsdsTaxonomie?>(null, fouten, $"taxonomy_id '{tekst}' is geen taxonomie van dit portaal. De taxonomieën staan op /api/hsds/taxonomies.");
    }

    /// <summary>An ISO 8601 moment ("2026-11-30T12:00:00Z") or a day ("2026-11-30", from midnight UTC).</summary>
    private static DateTimeOffset? Moment(string? tekst, List<string> fouten)
    {
        if (tekst is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParseExact(tekst, ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"],
                CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            return moment;
        }

        return Fout<DateTimeOffset?>(null, fouten, $"modified_after '{tekst}' is geen datum of tijdstip (zoals 2026-11-30 of 2026-11-30T12:00:00Z).");
    }

    private static T Fout<T>(T standaard, List<string> fouten, string melding)
    {
        fouten.Add(melding);
        return standaard;
    }
}
