using Microsoft.Extensions.Diagnostics.HealthChecks;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;

namespace Partnerschap.Web.Infrastructure.Health;

/// <summary>
/// Ready only when this instance has its search index. Waits a little for a build under way (a small map is built in
/// well under a second), then says it is still building, so the probe never hangs on a large map.
/// </summary>
public sealed class ZoekindexHealthCheck(KaartIndexProvider provider) : IHealthCheck
{
    public static readonly TimeSpan Wachttijd = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (provider.Huidig is { } index)
        {
            return HealthCheckResult.Healthy($"Zoekindex klaar: {index.Items.Length} items.");
        }

        try
        {
            var klaar = await provider.GetAsync(cancellationToken).WaitAsync(Wachttijd, cancellationToken);
            return HealthCheckResult.Healthy($"Zoekindex klaar: {klaar.Items.Length} items.");
        }
        catch (TimeoutException)
        {
            return HealthCheckResult.Unhealthy("De zoekindex wordt nog opgebouwd.");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("De zoekindex kon niet opgebouwd worden.", ex);
        }
    }
}
