namespace Partnerschap.Web.Domain;

/// <summary>A person may edit this organisatie or this school (exactly one of the two is set).</summary>
public class Lidmaatschap
{
    public Guid Id { get; set; }

    public required string GebruikerId { get; set; }

    public PortalUser? Gebruiker { get; set; }

    public Guid? OrganisatieId { get; set; }

    public Organisatie? Organisatie { get; set; }

    public Guid? SchoolId { get; set; }

    public School? School { get; set; }

    public DateTimeOffset Sinds { get; set; }
}
