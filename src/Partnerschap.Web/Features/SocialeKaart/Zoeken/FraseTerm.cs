namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

/// <summary>One term of a query after <see cref="Frasen"/>: a phrase's term (with the word, when it replaced one word) or a token.</summary>
public readonly record struct FraseTerm(string Term, string? Woord, bool Vervangen);
