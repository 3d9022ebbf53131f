namespace Partnerschap.Web.Domain;

/// <summary>The areas of family life that group the hulpvragen (docs/hulpvragen.md).</summary>
public static class Levensdomeinen
{
    public static readonly IReadOnlyList<string> Alle =
    [
        "wonen", "geld", "schoolkosten", "voeding-kleding", "gezondheid", "psychisch-welzijn", "opvoeding", "scheiding",
        "geweld-verontrusting", "vrije-tijd", "nieuwkomers-taal", "administratie", "digitaal", "school-afwezigheid",
        "leren-huiswerk", "jonge-kinderen", "crisis",
    ];
}
