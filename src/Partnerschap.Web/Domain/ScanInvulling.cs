namespace Partnerschap.Web.Domain;

/// <summary>
/// The answers of one side of a samenwerking to the samenwerkingsscan, in one round (<see cref="Ronde"/> 1, 2, ...: a
/// repeated scan is a new round). One per samenwerking, round and side; a member of that side may change it while the
/// round is the newest.
/// </summary>
public class ScanInvulling
{
    public Guid Id { get; set; }

    public Guid SamenwerkingId { get; set; }

    public Samenwerking? Samenwerking { get; set; }

    public int Ronde { get; set; }

    public ScanKant Kant { get; set; }

    /// <summary>The <see cref="ScanVersie.Nummer"/> the answers were given to.</summary>
    public int ScanVersieNummer { get; set; }

    /// <summary>JSON object: statement code → 1–4, or 0 for "weet ik niet"; a statement left open is absent.</summary>
    public required string Antwoorden { get; set; }

    /// <summary>The side agreed that its answers, without names, may be used for research (asked in the scan).</summary>
    public bool ToestemmingOnderzoek { get; set; }

    /// <summary>Null when the account is gone (the name below is kept).</summary>
    public string? GebruikerId { get; set; }

    public required string IngevuldDoor { get; set; }

    public DateTimeOffset IngevuldOp { get; set; }

    public int Versie { get; set; }
}
