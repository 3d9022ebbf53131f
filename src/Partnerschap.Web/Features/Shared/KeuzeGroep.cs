using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features;

/// <summary>A group of checkboxes bound to a list of codes (name repeats, one value per box).</summary>
public sealed record KeuzeGroep(string Naam, string Titel, IReadOnlyList<Term> Opties, IReadOnlyCollection<string> Gekozen, string? Hint = null);
