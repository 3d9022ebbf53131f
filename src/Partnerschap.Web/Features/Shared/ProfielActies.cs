using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features;

/// <summary>The links under every profile: meld een fout, and for signed-in people bewerken or "ik werk hier".</summary>
public sealed record ProfielActies(ProfielSoort Soort, Guid Id, string Url, string Naam);
