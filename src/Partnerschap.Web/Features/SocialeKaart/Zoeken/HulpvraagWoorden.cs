using System.Text.Json;

namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

/// <summary>
/// The single words of the hulpvragen vocabulary (<c>seeds/hulpvragen.json</c>, docs/hulpvragen.md): known Dutch
/// words for splitting compounds, also when no profile on the map uses the part on its own ("rekening" in
/// "schoolrekeningen"). Read once per process from the file that ships with the build.
/// </summary>
public static class HulpvraagWoorden
{
    private static readonly Lazy<IReadOnlySet<string>> Lijst = new(() => Lees(Path.Combine(AppContext.BaseDirectory, "seeds", "hulpvragen.json")));

    public static IReadOnlySet<string> Alle => Lijst.Value;

    public static IReadOnlySet<string> Lees(string pad)
    {
        var woorden = new HashSet<string>(StringComparer.Ordinal);
        if (!File.Exists(pad))
        {
            return woorden;
        }

        using var stroom = File.OpenRead(pad);
        using var document = JsonDocument.Parse(stroom);
        foreach (var concept in document.RootElement.GetProperty("concepten").EnumerateArray())
        {
            foreach (var veld in (string[])["termen", "zoekt"])
            {
                foreach (var tekst in concept.GetProperty(veld).EnumerateArray())
                {
                    woorden.UnionWith(Tokens.Split(tekst.GetString()).Where(w => w.Length >= 4));
                }
            }
        }

        return woorden;
    }
}
