namespace Partnerschap.Web.Domain;

/// <summary>
/// The public address of a profile: <c>/organisaties/{slug}</c>, <c>/scholen/{slug}</c>, <c>/brugfiguren/{slug}</c>.
/// The one place that knows them; the prefixes are constants so they also work inside database queries.
/// </summary>
public static class ProfielUrls
{
    public const string Organisaties = "/organisaties/";

    public const string Scholen = "/scholen/";

    public const string Brugfiguren = "/brugfiguren/";

    public static string Organisatie(string slug) => Organisaties + slug;

    public static string School(string slug) => Scholen + slug;

    public static string Brugfiguur(string slug) => Brugfiguren + slug;

    public static string Van(ProfielSoort soort, string slug) => soort switch
    {
        ProfielSoort.School => School(slug),
        ProfielSoort.Brugfiguur => Brugfiguur(slug),
        _ => Organisatie(slug),
    };
}
