namespace Partnerschap.Web.Infrastructure.Plaatsen;

/// <summary>A choice offered to the user: the text of the link and what goes into the gemeente field.</summary>
public sealed record PlaatsKeuze(string Tekst, string Invoer);
