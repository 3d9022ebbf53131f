namespace Partnerschap.Web.Domain;

/// <summary>One change to an <see cref="Actiepunt"/>: who, when and what, the history of the action plan.</summary>
public class ActiepuntWijziging
{
    public long Id { get; set; }

    public Guid ActiepuntId { get; set; }

    public Actiepunt? Actiepunt { get; set; }

    public DateTimeOffset Tijdstip { get; set; }

    /// <summary>Null when the account is gone (the name below is kept).</summary>
    public string? GebruikerId { get; set; }

    /// <summary>Name and side at the time of the change: "An Peeters (school)".</summary>
    public required string Door { get; set; }

    /// <summary>What changed, in plain Dutch: "Status: te doen → gedaan".</summary>
    public required string Omschrijving { get; set; }
}
