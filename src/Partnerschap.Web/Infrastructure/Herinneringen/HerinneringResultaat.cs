namespace Partnerschap.Web.Infrastructure.Herinneringen;

/// <summary>What one run of <see cref="HerinneringService.VerstuurAsync"/> did.</summary>
/// <param name="Profielen">Profiles whose members were reminded.</param>
/// <param name="Mails">Mails sent.</param>
/// <param name="Mislukt">Mails that could not be sent (logged).</param>
public sealed record HerinneringResultaat(int Profielen, int Mails, int Mislukt);
