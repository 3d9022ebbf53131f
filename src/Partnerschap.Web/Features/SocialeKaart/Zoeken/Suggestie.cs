namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

/// <summary>A link offered under a notice: another place for the same search.</summary>
public sealed record Suggestie(string Tekst, string Url);
