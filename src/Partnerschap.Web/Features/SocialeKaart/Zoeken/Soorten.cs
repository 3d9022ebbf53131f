using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

/// <summary>The words and addresses of a <see cref="Soort"/>, so no page spells them out itself.</summary>
public static class Soorten
{
    public static readonly IReadOnlyList<Soort> Alle = [Soort.Organisaties, Soort.Scholen, Soort.Brugfiguren];

    /// <summary>"organisatie", "school", "brugfiguur".</summary>
    public static string Enkelvoud(this Soort soort) => soort switch
    {
        Soort.Scholen => "school",
        Soort.Brugfiguren => "brugfiguur",
        _ => "organisatie",
    };

    /// <summary>"organisaties", "scholen", "brugfiguren".</summary>
    public static string Meervoud(this Soort soort) => soort switch
    {
        Soort.Scholen => "scholen",
        Soort.Brugfiguren => "brugfiguren",
        _ => "organisaties",
    };

    /// <summary>"Geen scholen", "1 school", "1.094 organisaties".</summary>
    public static string Aantal(this Soort soort, int aantal) =>
        aantal == 0 ? "Geen " + soort.Meervoud()
        : aantal.ToString("N0", Infrastructure.Nl.Cultuur) + " " + (aantal == 1 ? soort.Enkelvoud() : soort.Meervoud());

    /// <summary>The profile page of an item of this kind.</summary>
    public static string Url(this Soort soort, string slug) => soort switch
    {
        Soort.Scholen => ProfielUrls.School(slug),
        Soort.Brugfiguren => ProfielUrls.Brugfiguur(slug),
        _ => ProfielUrls.Organisatie(slug),
    };
}
