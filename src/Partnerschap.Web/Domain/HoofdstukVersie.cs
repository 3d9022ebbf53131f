namespace Partnerschap.Web.Domain;

/// <summary>One saved text of a chapter: body, title, summary, author, change note, time.</summary>
public class HoofdstukVersie
{
    public long Id { get; set; }

    public Guid HoofdstukId { get; set; }

    public int Nummer { get; set; }

    public required string Titel { get; set; }

    public string Samenvatting { get; set; } = string.Empty;

    public required string Tekst { get; set; }

    public required string Auteur { get; set; }

    public string? Notitie { get; set; }

    public DateTimeOffset Tijdstip { get; set; }
}
