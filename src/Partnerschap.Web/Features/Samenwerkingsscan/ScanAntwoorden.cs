using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Primitives;

namespace Partnerschap.Web.Features.Samenwerkingsscan;

/// <summary>
/// The answers of one scan: statement code → 1–4, or 0 for "weet ik niet". Read from a posted scan form (one field
/// <c>antwoord-{code}</c> per statement) and stored as a small JSON object (<c>ScanInvulling.Antwoorden</c>).
/// </summary>
public static class ScanAntwoorden
{
    public const string Voorvoegsel = "antwoord-";

    public static string Veld(ScanStelling stelling) => Voorvoegsel + stelling.Code;

    /// <summary>
    /// The answers in a posted form, for the statements the scan asks. A value that is not on the scale is an error
    /// (the form offers only the scale, so only a hand-made request sends one); fields of unknown statements are ignored.
    /// </summary>
    public static (Dictionary<string, int> Antwoorden, IReadOnlyList<string> Fouten) LeesFormulier(
        IEnumerable<KeyValuePair<string, StringValues>> formulier, ScanInhoud inhoud)
    {
        var velden = formulier.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        var antwoorden = new Dictionary<string, int>(StringComparer.Ordinal);
        var fouten = new List<string>();
        foreach (var stelling in inhoud.Stellingen)
        {
            if (!velden.TryGetValue(Veld(stelling), out var waarde) || StringValues.IsNullOrEmpty(waarde))
            {
                continue;
            }

            if (waarde.Count == 1 && int.TryParse(waarde[0], NumberStyles.None, CultureInfo.InvariantCulture, out var getal) && ScanSchaal.IsGeldig(getal))
            {
                antwoorden[stelling.Code] = getal;
            }
            else
            {
                fouten.Add($"Het antwoord op '{stelling.Tekst}' is geen keuze van de schaal. Kies opnieuw.");
            }
        }

        return (antwoorden, fouten);
    }

    public static string NaarJson(IReadOnlyDictionary<string, int> antwoorden) =>
        JsonSerializer.Serialize(antwoorden.OrderBy(a => a.Key, StringComparer.Ordinal).ToDictionary(a => a.Key, a => a.Value));

    /// <summary>Stored answers; values outside the scale (never written by the portal) are left out.</summary>
    public static Dictionary<string, int> LeesJson(string json) =>
        (JsonSerializer.Deserialize<Dictionary<string, int>>(json) ?? [])
            .Where(a => ScanSchaal.IsGeldig(a.Value))
            .ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
}
