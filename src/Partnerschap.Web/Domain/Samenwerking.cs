namespace Partnerschap.Web.Domain;

/// <summary>A partnership between a school and an organisation, optionally with a brugfiguur.</summary>
public class Samenwerking
{
    public Guid Id { get; set; }

    public Guid SchoolId { get; set; }

    public School? School { get; set; }

    public Guid OrganisatieId { get; set; }

    public Organisatie? Organisatie { get; set; }

    public Guid? BrugfiguurId { get; set; }

    public Brugfiguur? Brugfiguur { get; set; }

    public List<string> Samenwerkingsvormen { get; set; } = [];

    public List<string> Aanleidingen { get; set; } = [];

    public string Beschrijving { get; set; } = string.Empty;

    public DateOnly? Sinds { get; set; }

    public SamenwerkingStatus Status { get; set; } = SamenwerkingStatus.Actief;

    /// <summary>
    /// Added by an organisation and not yet confirmed by a member of the school (or a Beheerder): both sides see it
    /// as "wacht op bevestiging", the public does not.
    /// </summary>
    public bool WachtOpBevestiging { get; set; }

    /// <summary>Concurrency token, as on <see cref="Organisatie.Versie"/>.</summary>
    public int Versie { get; set; }
}
