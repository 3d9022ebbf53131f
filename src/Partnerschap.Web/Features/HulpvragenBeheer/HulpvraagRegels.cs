using Partnerschap.Web.Data.Configurations;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;

namespace Partnerschap.Web.Features.HulpvragenBeheer;

/// <summary>What a Beheerder may write in the hulpvragen, with a Dutch message for each mistake.</summary>
public static class HulpvraagRegels
{
    /// <summary>Trimmed, lowercase, single spaces ("  Uit Huis  gezet" → "uit huis gezet"); accents stay as written.</summary>
    public static string Normaliseer(string? tekst) =>
        string.Join(' ', (tekst ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    /// <summary>Two terms are the same when the search cannot tell them apart (case, accents, punctuation).</summary>
    public static string Sleutel(string term) => string.Join(' ', Tokens.Split(term));

    /// <summary>Why this term cannot be added to the hulpvraag, or null when it can.</summary>
    public static string? TermFout(string term, Hulpvraag hulpvraag)
    {
        if (term.Length == 0)
        {
            return "Vul een woord of een korte zin in.";
        }

        if (term.Length > HulpvraagConfiguration.MaxTerm)
        {
            return $"Een zoekterm is hoogstens {HulpvraagConfiguration.MaxTerm} tekens lang. Deze heeft er {term.Length}.";
        }

        if (Tokens.Split(term).Length == 0)
        {
            return "Een zoekterm moet minstens één letter of cijfer bevatten.";
        }

        var sleutel = Sleutel(term);
        return hulpvraag.Termen.Any(t => Sleutel(t) == sleutel) ? $"‘{term}’ staat al bij deze hulpvraag." : null;
    }

    /// <summary>A warning (not an error) when another hulpvraag has the same term: a search then finds the help of both.</summary>
    public static string? TermWaarschuwing(string term, IEnumerable<Hulpvraag> andere)
    {
        var sleutel = Sleutel(term);
        var labels = andere.Where(h => h.Termen.Any(t => Sleutel(t) == sleutel)).Select(h => $"‘{h.Label}’").ToList();
        return labels.Count == 0
            ? null
            : $"Let op: ‘{term}’ staat ook bij {string.Join(" en ", labels)}. Wie dit typt, vindt nu de hulp van al die hulpvragen.";
    }

    /// <summary>The zoekwoorden of the form (one per line or separated by commas), or the messages about them.</summary>
    public static (List<string> Woorden, List<string> Fouten) Zoekwoorden(string? tekst)
    {
        var woorden = new List<string>();
        var fouten = new List<string>();
        foreach (var woord in (tekst ?? string.Empty).Split(['\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries).Select(Normaliseer).Where(w => w.Length > 0))
        {
            if (woord.Length > HulpvraagConfiguration.MaxTerm)
            {
                fouten.Add($"Een zoekwoord is hoogstens {HulpvraagConfiguration.MaxTerm} tekens lang: ‘{woord[..20]}…’ is te lang.");
            }
            else if (Tokens.Split(woord).Length != 1)
            {
                fouten.Add($"‘{woord}’ is geen enkel woord. Zet elk zoekwoord op een eigen regel.");
            }
            else if (!woorden.Contains(woord, StringComparer.Ordinal))
            {
                woorden.Add(woord);
            }
        }

        return (woorden, fouten);
    }

    /// <summary>The organisation types of the form, or the messages about codes the portal does not know.</summary>
    public static (List<string> Types, List<string> Fouten) Organisatietypes(IEnumerable<string>? codes)
    {
        var types = new List<string>();
        var fouten = new List<string>();
        foreach (var code in (codes ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Distinct(StringComparer.Ordinal))
        {
            if (Vocabulaire.Vind(Vocabulaire.Organisatietypes, code) is null)
            {
                fouten.Add($"‘{(code.Length > 40 ? code[..40] + "…" : code)}’ is geen soort organisatie die het portaal kent. Kies uit de lijst.");
            }
            else
            {
                types.Add(code);
            }
        }

        return (types, fouten);
    }
}
