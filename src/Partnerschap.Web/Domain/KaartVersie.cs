namespace Partnerschap.Web.Domain;

/// <summary>
/// One row whose stamp changes with every change to the sociale kaart. Each web instance compares it with the
/// stamp of its in-memory search index and rebuilds when they differ, so all instances show the same data.
/// </summary>
public class KaartVersie
{
    public int Id { get; set; }

    public required string Stempel { get; set; }
}
