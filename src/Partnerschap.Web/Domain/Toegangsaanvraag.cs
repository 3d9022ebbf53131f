namespace Partnerschap.Web.Domain;

/// <summary>"Ik werk hier": a signed-in person asks to edit an organisatie; a Beheerder decides.</summary>
public class Toegangsaanvraag
{
    public Guid Id { get; set; }

    public required string GebruikerId { get; set; }

    public PortalUser? Gebruiker { get; set; }

    public Guid OrganisatieId { get; set; }

    public Organisatie? Organisatie { get; set; }

    /// <summary>What the person says about their work there (function, team).</summary>
    public string Toelichting { get; set; } = string.Empty;

    public AanvraagStatus Status { get; set; } = AanvraagStatus.Open;

    public DateTimeOffset AangevraagdOp { get; set; }

    public string? BehandeldDoor { get; set; }

    public DateTimeOffset? BehandeldOp { get; set; }

    /// <summary>Why a request was refused; sent to the person.</summary>
    public string? Reden { get; set; }
}
