using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

/// <summary>
/// One filter of the sociale kaart: its URL key, its Dutch title, what a value is called in a message, its
/// vocabulary (null for <c>taal</c>: the languages some profile speaks, known only to the index) and its position in
/// the bit masks. <see cref="KaartFilters.Alle"/> is the one table that drives reading the URL, the masks of the
/// index, the facets, the labels of chips and the check of <c>kaart:</c> links in the gids.
/// </summary>
public sealed record KaartFilter(
    int Positie,
    string Sleutel,
    string Titel,
    string Wat,
    IReadOnlyList<Term>? Termen,
    Func<KaartItem, IEnumerable<string>> CodesVan,
    IReadOnlyList<Soort> FacetVoor)
{
    /// <summary>The Dutch label of one value of this filter; the code itself when it is unknown.</summary>
    public string Label(string code) =>
        Termen is null ? TaalNamen.Naam(code) : Vocabulaire.Vind(Termen, code)?.Label ?? code;
}
