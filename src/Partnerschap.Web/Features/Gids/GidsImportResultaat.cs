namespace Partnerschap.Web.Features.Gids;

/// <summary>What an import of chapter files did, line by line, in Dutch.</summary>
public sealed record GidsImportResultaat(IReadOnlyList<string> Regels, IReadOnlyList<string> Fouten)
{
    public bool Gelukt => Fouten.Count == 0;
}
