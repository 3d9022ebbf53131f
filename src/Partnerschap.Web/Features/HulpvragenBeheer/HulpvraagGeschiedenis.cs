using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.HulpvragenBeheer;

/// <summary>/beheer/hulpvragen/{code}/geschiedenis: every change to one hulpvraag, newest first.</summary>
public sealed record HulpvraagGeschiedenis(Hulpvraag Hulpvraag, IReadOnlyList<HulpvraagWijziging> Wijzigingen);
