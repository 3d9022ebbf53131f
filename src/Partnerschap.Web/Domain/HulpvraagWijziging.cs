namespace Partnerschap.Web.Domain;

/// <summary>One change to a <see cref="Hulpvraag"/>: who, when and what, shown on its history page.</summary>
public class HulpvraagWijziging
{
    public long Id { get; set; }

    public int HulpvraagId { get; set; }

    public Hulpvraag? Hulpvraag { get; set; }

    public DateTimeOffset Tijdstip { get; set; }

    /// <summary>Null when the account no longer matters (the name below is kept).</summary>
    public string? GebruikerId { get; set; }

    /// <summary>Name and role at the time of the change: "An Peeters (Beheerder)".</summary>
    public required string Door { get; set; }

    /// <summary>What changed, in plain Dutch: "Term ‘uit huis gezet’ toegevoegd".</summary>
    public required string Omschrijving { get; set; }
}
