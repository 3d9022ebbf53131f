using Partnerschap.Web.Features.SocialeKaart.Zoeken;

namespace Partnerschap.Web.Features.Gids;

/// <summary>
/// Where the guide explains each aanleiding and samenwerkingsvorm. Search filters and profiles link here; the chapters
/// link back to the sociale kaart with <c>kaart:</c> links. <c>GidsTests</c> checks that every target exists.
/// </summary>
public static class GidsVerwijzingen
{
    public static readonly IReadOnlyDictionary<string, string> Aanleidingen = new Dictionary<string, string>
    {
        ["financieel-materieel-administratief"] = "/gids/waarom-samenwerken#financiele-materiele-en-administratieve-noden",
        ["opvoeding-gezinsondersteuning"] = "/gids/waarom-samenwerken#opvoeding-en-gezinsondersteuning",
        ["kunst-sport-vrije-tijd"] = "/gids/waarom-samenwerken#ongelijke-toegang-tot-kunst-sport-en-vrije-tijd",
        ["hygiene-gezondheid"] = "/gids/waarom-samenwerken#hygiene-en-geestelijke-gezondheid",
        ["kinderarmoede"] = "/gids/waarom-samenwerken#kinderarmoede",
        ["drempels-onderwijs"] = "/gids/waarom-samenwerken#drempels-naar-en-binnen-het-onderwijs",
    };

    public static readonly IReadOnlyDictionary<string, string> Vormen = new Dictionary<string, string>
    {
        ["toeleiding"] = "/gids/toeleiding",
        ["uitwisseling-overleg"] = "/gids/uitwisseling-en-overleg",
        ["bemiddelen-faciliteren"] = "/gids/bemiddelen-en-faciliteren",
        ["interprofessioneel-leren"] = "/gids/interprofessioneel-leren",
    };

    /// <summary>The chapter for a facet value ("aanleiding" or "vorm" and its code), or null.</summary>
    public static string? Voor(string sleutel, string code) =>
        sleutel == KaartFilters.Aanleiding.Sleutel ? Aanleidingen.GetValueOrDefault(code)
        : sleutel == KaartFilters.Vorm.Sleutel ? Vormen.GetValueOrDefault(code)
        : null;
}
