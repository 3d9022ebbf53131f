using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Infrastructure.Security;

/// <summary>The resource of a profile check: which organisatie, school or brugfiguur.</summary>
public sealed record ProfielResource(ProfielSoort Soort, Guid Id);
