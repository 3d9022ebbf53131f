namespace Partnerschap.Web.Domain;

/// <summary>
/// "Zet je organisatie op de kaart": a welzijnswerker proposes a new organisatie; after they confirm their e-mail
/// address it waits in the Beheerder's moderation queue. The proposed profile is kept as JSON (the fields of the
/// profile form) until it is approved and becomes an <see cref="Organisatie"/>.
/// </summary>
public class Organisatievoorstel
{
    public Guid Id { get; set; }

    /// <summary>The proposed organisation's name (also inside <see cref="Gegevens"/>), for lists and mails.</summary>
    public required string OrganisatieNaam { get; set; }

    /// <summary>The gemeente of the proposed address, for the queue and the similarity check.</summary>
    public string? GemeenteNis { get; set; }

    public string? KboNummer { get; set; }

    /// <summary>JSON of the proposed profile fields.</summary>
    public required string Gegevens { get; set; }

    /// <summary>Who proposes it.</summary>
    public required string IndienerNaam { get; set; }

    public required string IndienerEmail { get; set; }

    /// <summary>The proposer's function in the organisation.</summary>
    public string? IndienerFunctie { get; set; }

    public DateTimeOffset? EmailBevestigdOp { get; set; }

    public VoorstelStatus Status { get; set; } = VoorstelStatus.EmailNietBevestigd;

    public DateTimeOffset AangemaaktOp { get; set; }

    /// <summary>Last change by the proposer (sent again after changes were asked).</summary>
    public DateTimeOffset? GewijzigdOp { get; set; }

    public string? BehandeldDoor { get; set; }

    public DateTimeOffset? BehandeldOp { get; set; }

    /// <summary>What the Beheerder asked to change, or why the proposal was refused; mailed to the proposer.</summary>
    public string? Bericht { get; set; }

    /// <summary>The organisatie it became, once approved.</summary>
    public Guid? OrganisatieId { get; set; }

    /// <summary>The account of the proposer that became a member, once approved.</summary>
    public string? GebruikerId { get; set; }

    /// <summary>Concurrency token: two Beheerders deciding at once, or a proposer editing while it is decided.</summary>
    public int Versie { get; set; }
}
