namespace Partnerschap.Web.Domain;

/// <summary>
/// How often a search text found nothing on the sociale kaart, per Belgian day and gemeente. Only the normalised
/// text (no digits, e-mail addresses or phone numbers) and the recognised gemeente are kept: no address, no user, no
/// time finer than the day. Rows older than 90 days are removed by the daily job.
/// </summary>
public class ZoekopdrachtZonderResultaat
{
    public DateOnly Dag { get; set; }

    public required string Tekst { get; set; }

    /// <summary>The gemeente the search was limited to (its name), or empty.</summary>
    public string Gemeente { get; set; } = string.Empty;

    public int Aantal { get; set; }
}
