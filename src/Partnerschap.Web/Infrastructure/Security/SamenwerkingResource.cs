namespace Partnerschap.Web.Infrastructure.Security;

/// <summary>The resource of a samenwerking check: the samenwerking and its two sides.</summary>
public sealed record SamenwerkingResource(Guid Id, Guid SchoolId, Guid OrganisatieId);
