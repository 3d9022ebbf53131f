namespace Partnerschap.Web.Features.Gids.Markdown;

/// <summary>A rendered chapter body.</summary>
public sealed record GidsHtml(string Html, IReadOnlyList<Kop> Inhoud, IReadOnlyList<KeyValuePair<string, string>> Afkortingen, IReadOnlyList<GidsLink> Links, int Woorden)
{
    /// <summary>Minutes at 200 words per minute, at least one.</summary>
    public int Leestijd => Math.Max(1, (int)Math.Round(Woorden / 200.0));
}
