namespace Partnerschap.Web.Domain;

/// <summary>The roles of the portal. The names are stored in the database and shown to users.</summary>
public static class Rollen
{
    public const string Beheerder = "Beheerder";
    public const string Onderzoeker = "Onderzoeker";
    public const string Welzijnswerker = "Welzijnswerker";
    public const string Schoolmedewerker = "Schoolmedewerker";

    public static readonly IReadOnlyList<string> Alle = [Beheerder, Onderzoeker, Welzijnswerker, Schoolmedewerker];
}
