using System.Text.Json;
using System.Text.RegularExpressions;

namespace Partnerschap.Web.Features.Samenwerkingsscan;

/// <summary>
/// The content of the samenwerkingsscan: themes with their statements, explanations, the gids section of each theme and
/// a next step per stage. Read from the JSON of <c>seeds/samenwerkingsscan/scan.json</c> (format in that folder's
/// README) or of a <see cref="Domain.ScanVersie"/>; immutable once read.
/// </summary>
public sealed partial record ScanInhoud(string Titel, string Inleiding, IReadOnlyList<ScanThema> Themas)
{
    public const int MaxTekst = 1000;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault,
    };

    /// <summary>The statements still asked, in order, over all themes.</summary>
    public IEnumerable<ScanStelling> Stellingen => Themas.SelectMany(t => t.Gevraagd);

    public ScanThema? VindThema(string code) => Themas.FirstOrDefault(t => t.Code == code);

    /// <summary>
    /// Reads and checks a scan's JSON. Returns the content, or null with every problem in plain Dutch (a code that is
    /// used twice, a missing text, a bad gids link, invalid JSON with its line).
    /// </summary>
    public static (ScanInhoud? Inhoud, IReadOnlyList<string> Fouten) Lees(string json)
    {
        Bestand? bestand;
        try
        {
            bestand = JsonSerializer.Deserialize<Bestand>(json, Json);
        }
        catch (JsonException ex)
        {
            var regel = ex.LineNumber is { } r ? $" (regel {r + 1})" : string.Empty;
            return (null, [$"De scan is geen geldige JSON{regel}: controleer haakjes, komma's en aanhalingstekens."]);
        }

        var fouten = new List<string>();
        if (bestand is null)
        {
            return (null, ["De scan is leeg."]);
        }

        Tekst(fouten, bestand.Titel, "De titel");
        Tekst(fouten, bestand.Inleiding, "De inleiding");
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var themas = new List<ScanThema>();
        if (bestand.Themas is not { Count: > 0 })
        {
            fouten.Add("De scan heeft geen thema's.");
        }

        foreach (var (thema, t) in (bestand.Themas ?? []).Select((thema, i) => (thema, i + 1)))
        {
            var naam = $"Thema {t}" + (string.IsNullOrWhiteSpace(thema.Titel) ? string.Empty : $" ({thema.Titel})");
            Code(fouten, codes, thema.Code, naam);
            Tekst(fouten, thema.Titel, $"{naam}: de titel");
            Tekst(fouten, thema.Uitleg, $"{naam}: de uitleg");
            if (thema.Gids is null || !GidsLinkPatroon().IsMatch(thema.Gids))
            {
                fouten.Add($"{naam}: de link naar de gids moet de vorm 'hoofdstuk#kop' hebben (bijvoorbeeld 'voorwaarden#vertrouwen').");
            }

            Tekst(fouten, thema.Fasen?.Beginnend, $"{naam}: de volgende stap voor 'beginnend'");
            Tekst(fouten, thema.Fasen?.Groeiend, $"{naam}: de volgende stap voor 'groeiend'");
            Tekst(fouten, thema.Fasen?.Sterk, $"{naam}: de volgende stap voor 'sterk'");
            var stellingen = new List<ScanStelling>();
            foreach (var (stelling, s) in (thema.Stellingen ?? []).Select((stelling, i) => (stelling, i + 1)))
            {
                var stellingNaam = $"{naam}, stelling {s}";
                Code(fouten, codes, stelling.Code, stellingNaam);
                Tekst(fouten, stelling.Tekst, $"{stellingNaam}: de tekst");
                Tekst(fouten, stelling.Uitleg, $"{stellingNaam}: de uitleg");
                stellingen.Add(new ScanStelling(stelling.Code ?? string.Empty, thema.Code ?? string.Empty, stelling.Tekst ?? string.Empty, stelling.Uitleg ?? string.Empty, stelling.Vervallen));
            }

            if (!stellingen.Any(s => !s.Vervallen))
            {
                fouten.Add($"{naam}: een thema heeft minstens één stelling nodig die niet vervallen is.");
            }

            themas.Add(new ScanThema(
                thema.Code ?? string.Empty, thema.Titel ?? string.Empty, thema.Uitleg ?? string.Empty, thema.Gids ?? string.Empty,
                new ScanFasen(thema.Fasen?.Beginnend ?? string.Empty, thema.Fasen?.Groeiend ?? string.Empty, thema.Fasen?.Sterk ?? string.Empty),
                stellingen));
        }

        return fouten.Count > 0 ? (null, fouten) : (new ScanInhoud(bestand.Titel!, bestand.Inleiding!, themas), []);
    }

    /// <summary>The JSON of this content, in the format <see cref="Lees"/> reads.</summary>
    public string NaarJson() => JsonSerializer.Serialize(new Bestand(
        Titel, Inleiding,
        [.. Themas.Select(t => new BestandThema(t.Code, t.Titel, t.Uitleg, t.Gids, new BestandFasen(t.Fasen.Beginnend, t.Fasen.Groeiend, t.Fasen.Sterk),
            [.. t.Stellingen.Select(s => new BestandStelling(s.Code, s.Tekst, s.Uitleg, s.Vervallen))]))]), Json);

    private static void Tekst(List<string> fouten, string? tekst, string wat)
    {
        if (string.IsNullOrWhiteSpace(tekst))
        {
            fouten.Add($"{wat} ontbreekt.");
        }
        else if (tekst.Length > MaxTekst)
        {
            fouten.Add($"{wat} is langer dan {MaxTekst} tekens.");
        }
    }

    private static void Code(List<string> fouten, HashSet<string> codes, string? code, string wat)
    {
        if (code is null || !CodePatroon().IsMatch(code))
        {
            fouten.Add($"{wat}: de code mag alleen kleine letters, cijfers en streepjes bevatten (1 tot 80 tekens).");
        }
        else if (!codes.Add(code))
        {
            fouten.Add($"{wat}: de code '{code}' komt meer dan één keer voor.");
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,79}$")]
    private static partial Regex CodePatroon();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,99}#[a-z0-9][a-z0-9-]{0,199}$")]
    private static partial Regex GidsLinkPatroon();

    private sealed record Bestand(string? Titel, string? Inleiding, List<BestandThema>? Themas);

    private sealed record BestandThema(string? Code, string? Titel, string? Uitleg, string? Gids, BestandFasen? Fasen, List<BestandStelling>? Stellingen);

    private sealed record BestandFasen(string? Beginnend, string? Groeiend, string? Sterk);

    private sealed record BestandStelling(string? Code, string? Tekst, string? Uitleg, bool Vervallen);
}
