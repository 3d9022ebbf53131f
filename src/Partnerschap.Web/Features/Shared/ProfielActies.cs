using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features;

/// <summary>The links under every profile: meld een fout, and for signed-in people bewerken or "ik werk hier".</summary>
public sealed record ProfielActies(ProfielSoort Soort, Guid Id, string Url, string Naam);

/// <summary>A group of checkboxes bound to a list of codes (name repeats, one value per box).</summary>
public sealed record KeuzeGroep(string Naam, string Titel, IReadOnlyList<Term> Opties, IReadOnlyCollection<string> Gekozen, string? Hint = null);
