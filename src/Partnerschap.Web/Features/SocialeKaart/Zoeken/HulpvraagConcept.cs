namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

/// <summary>One hulpvraag: the stems of what a searcher types, of what profiles write, and the organisation types.</summary>
public sealed record HulpvraagConcept(string Code, IReadOnlySet<string> TermStammen, IReadOnlyList<string> ZoektStammen, IReadOnlyList<string> Types);
