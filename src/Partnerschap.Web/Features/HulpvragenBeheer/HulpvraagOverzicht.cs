using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.HulpvragenBeheer;

/// <summary>/beheer/hulpvragen: every hulpvraag with its terms, and the form for a new one.</summary>
public sealed record HulpvraagOverzicht(IReadOnlyList<Hulpvraag> Hulpvragen, NieuweHulpvraagFormulier Nieuw);
