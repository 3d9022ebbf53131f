namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

/// <summary>Dutch names of the languages the portal shows, by ISO 639-1 code.</summary>
public static class TaalNamen
{
    private static readonly Dictionary<string, string> Namen = new()
    {
        ["nl"] = "Nederlands", ["fr"] = "Frans", ["en"] = "Engels", ["de"] = "Duits", ["ar"] = "Arabisch", ["tr"] = "Turks",
        ["pl"] = "Pools", ["ro"] = "Roemeens", ["bg"] = "Bulgaars", ["so"] = "Somalisch", ["ti"] = "Tigrinya", ["uk"] = "Oekraïens",
        ["ru"] = "Russisch", ["es"] = "Spaans", ["it"] = "Italiaans", ["pt"] = "Portugees", ["fa"] = "Perzisch (Farsi)", ["ps"] = "Pasjtoe",
        ["ku"] = "Koerdisch", ["am"] = "Amhaars", ["sq"] = "Albanees", ["sk"] = "Slovaaks", ["cs"] = "Tsjechisch", ["hu"] = "Hongaars",
        ["zh"] = "Chinees", ["ur"] = "Urdu", ["hi"] = "Hindi", ["ber"] = "Berbers", ["sgn"] = "Gebarentaal", ["vgt"] = "Vlaamse Gebarentaal",
    };

    public static IReadOnlyDictionary<string, string> Alle => Namen;

    public static string Naam(string code) => Namen.GetValueOrDefault(code, code);
}
