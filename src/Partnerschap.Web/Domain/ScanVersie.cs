namespace Partnerschap.Web.Domain;

/// <summary>
/// One saved text of the samenwerkingsscan: all its themes and statements as JSON (the format of
/// <c>seeds/samenwerkingsscan/scan.json</c>), who saved it, why and when. The highest <see cref="Nummer"/> is what the scan
/// shows; older versions stay, because stored answers were given to them.
/// </summary>
public class ScanVersie
{
    public long Id { get; set; }

    public int Nummer { get; set; }

    public required string Inhoud { get; set; }

    public required string Auteur { get; set; }

    public string? Notitie { get; set; }

    public DateTimeOffset Tijdstip { get; set; }
}
