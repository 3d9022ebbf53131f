namespace Partnerschap.Web.Domain;

/// <summary>A bridge worker between school and welfare; sometimes only a function title is public.</summary>
public class Brugfiguur
{
    public Guid Id { get; set; }

    public required string Slug { get; set; }

    /// <summary>Null when the person prefers no public name.</summary>
    public string? Naam { get; set; }

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

    public string Weergavenaam => Naam ?? Functie;
}
