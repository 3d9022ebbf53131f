namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

/// <summary>
/// Starts the first build of the search index as soon as the portal runs, so that the first search finds it ready (or
/// nearly) instead of building it. <c>/health/ready</c> answers "ready" only once it exists
/// (<see cref="Infrastructure.Health.ZoekindexHealthCheck"/>), so a load balancer sends no searches to an instance that
/// is still building.
/// </summary>
public sealed class KaartIndexOpwarming(KaartIndexProvider provider) : BackgroundService
{
    /// <summary>On by default; off leaves the first build to the first search or readiness check.</summary>
    public const string Instelling = "Zoekindex:OpwarmenBijStart";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await provider.GetAsync(stoppingToken);
        }
        catch (Exception) when (!stoppingToken.IsCancellationRequested)
        {
            // Logged by the provider; the next search or readiness check tries again.
        }
        catch (OperationCanceledException)
        {
            // The portal stops.
        }
    }
}
