using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.HulpvragenBeheer;

/// <summary>/beheer/hulpvragen/{code}: one hulpvraag, with what the forms hold (also after a mistake).</summary>
public sealed record HulpvraagViewModel(Hulpvraag Hulpvraag, string? Term, string Zoekwoorden, IReadOnlyList<string> Organisatietypes);
