namespace Partnerschap.Web.Domain;

/// <summary>
/// A hulpvraag: one kind of situation a family can be in (an eviction, an unpaid schoolrekening), with the words a
/// searcher types for it and what the search then also looks for on the map. The live list is this table; it starts
/// from <c>seeds/hulpvragen.json</c> and a Beheerder edits it at /beheer/hulpvragen (docs/hulpvragen.md).
/// </summary>
public class Hulpvraag
{
    public int Id { get; set; }

    /// <summary>Stable key ("uithuiszetting"); never renamed once published.</summary>
    public required string Code { get; set; }

    /// <summary>What a user reads: short plain Dutch.</summary>
    public required string Label { get; set; }

    /// <summary>The area of family life (<see cref="Levensdomeinen"/>), for grouping the list.</summary>
    public string? Levensdomein { get; set; }

    /// <summary>What a searcher types: words and short phrases, lowercase.</summary>
    public List<string> Termen { get; set; } = [];

    /// <summary>Words profiles use for this help (one word each).</summary>
    public List<string> Zoekt { get; set; } = [];

    /// <summary>Aanleiding codes that usually fit (<see cref="Vocabulaire.Aanleidingen"/>).</summary>
    public List<string> Aanleidingen { get; set; } = [];

    /// <summary>Organisation type codes that usually give this help (<see cref="Vocabulaire.Organisatietypes"/>).</summary>
    public List<string> Organisatietypes { get; set; } = [];

    /// <summary>Concurrency token: two Beheerders saving the same hulpvraag at once cannot both win silently.</summary>
    public int Versie { get; set; }
}
