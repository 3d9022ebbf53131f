namespace Partnerschap.Web.Domain;

/// <summary>"Was dit nuttig?" under a chapter: yes or no, and an optional comment that only Onderzoekers read.</summary>
public class GidsFeedback
{
    public long Id { get; set; }

    public Guid HoofdstukId { get; set; }

    public bool Nuttig { get; set; }

    public string? Opmerking { get; set; }

    public DateTimeOffset Tijdstip { get; set; }
}
