namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

/// <summary>The Dutch label of a filter value, for chips, result labels and "wis filter" links (<see cref="KaartFilters"/>).</summary>
public static class Labels
{
    public static string Voor(string sleutel, string code) => KaartFilters.Voor(sleutel)?.Label(code) ?? code;
}
