namespace Partnerschap.Web.Domain;

/// <summary>A bridge worker between school and welfare; sometimes only a function title is public.</summary>
public class Brugfiguur : IBewerkbaarProfiel
{
    public Guid Id { get; set; }

    public required string Slug { get; set; }

    /// <summary>The person's name; may be empty. Public only when <see cref="AlleenFunctie"/> is false.</summary>
    public string? Naam { get; set; }

    /// <summary>The brugfiguur chose to show only the function title, not their name (the name stays for members).</summary>
    public bool AlleenFunctie { get; set; }

    public required string Functie { get; set; }

    public WerkgeverSoort WerkgeverSoort { get; set; }

    public Guid? WerkgeverOrganisatieId { get; set; }

    public Organisatie? WerkgeverOrganisatie { get; set; }

    public Guid? WerkgeverSchoolId { get; set; }

    public School? WerkgeverSchool { get; set; }

    public string? WerkgeverGemeenteNis { get; set; }

    public string? Email { get; set; }

    public string? Telefoon { get; set; }

    public List<string> Talen { get; set; } = [];

    public List<School> Scholen { get; set; } = [];

    public DateTimeOffset LaatstGewijzigd { get; set; }

    /// <summary>Concurrency token, as on <see cref="Organisatie.Versie"/>.</summary>
    public int Versie { get; set; }

    /// <summary>What the public sees as the name: the name, or the function title when there is none or the person chose so.</summary>
    public string Weergavenaam => !AlleenFunctie && !string.IsNullOrWhiteSpace(Naam) ? Naam : Functie;

    /// <summary>The name as the public may see it (null when only the function title is shown).</summary>
    public string? PubliekeNaam => AlleenFunctie ? null : Naam;
}
