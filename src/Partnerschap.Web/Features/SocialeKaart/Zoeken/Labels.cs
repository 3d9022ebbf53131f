using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

/// <summary>The Dutch label of a filter value, for chips, result labels and "wis filter" links.</summary>
public static class Labels
{
    public static string Voor(string sleutel, string code) => sleutel switch
    {
        "aanleiding" => Vocabulaire.Find(Vocabulaire.Aanleidingen, code)?.Label,
        "vorm" => Vocabulaire.Find(Vocabulaire.Samenwerkingsvormen, code)?.Label,
        "doelgroep" => Vocabulaire.Find(Vocabulaire.Doelgroepen, code)?.Label,
        "type" => Vocabulaire.Find(Vocabulaire.Organisatietypes, code)?.Label,
        "kosten" => Vocabulaire.Find(ZoekVraag.KostenTermen, code)?.Label,
        "taal" => TaalNamen.Naam(code),
        _ => null,
    } ?? code;
}
