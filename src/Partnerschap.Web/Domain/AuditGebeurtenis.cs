namespace Partnerschap.Web.Domain;

/// <summary>One line of the audit log: security-relevant events, kept for <c>Audit:BewaarDagen</c> days.</summary>
public class AuditGebeurtenis
{
    public long Id { get; set; }

    public DateTimeOffset Tijdstip { get; set; }

    /// <summary>A code from <see cref="AuditSoorten"/>.</summary>
    public required string Soort { get; set; }

    /// <summary>Who did it (user id); null for an anonymous visitor or a command.</summary>
    public string? ActorId { get; set; }

    /// <summary>Who did it, readable: e-mail address, "onbekend" or "opdrachtregel".</summary>
    public required string Actor { get; set; }

    /// <summary>Whom or what it was about: an e-mail address, an organisation name.</summary>
    public string? Onderwerp { get; set; }

    public string? Details { get; set; }
}
