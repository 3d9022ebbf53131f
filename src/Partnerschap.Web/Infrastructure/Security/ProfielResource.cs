using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Infrastructure.Security;

/// <summary>The resource of a profile check: which organisatie or school.</summary>
public sealed record ProfielResource(ProfielSoort Soort, Guid Id);
