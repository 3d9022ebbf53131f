namespace Partnerschap.Web.Features.GidsBeheer;

/// <summary>
/// Every minute: publishes the chapters whose scheduled time has come. Off in the "Testing" environment unless
/// <c>GidsPublicatie:Actief</c> says otherwise; tests call <see cref="GidsPublicatie.PubliceerGeplandAsync"/> directly.
/// A failed run is logged; the host never stops because of this job.
/// </summary>
public sealed class PublicatieJob(
    IServiceScopeFactory scopes,
    IConfiguration configuration,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<PublicatieJob> logger) : BackgroundService
{
    public bool IsAan => configuration.GetValue<bool?>("GidsPublicatie:Actief") ?? !environment.IsEnvironment("Testing");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!IsAan)
        {
            logger.LogInformation("De geplande publicatie van de gids staat uit op deze instantie (GidsPublicatie:Actief)");
            return;
        }

        var interval = configuration.GetValue<TimeSpan?>("GidsPublicatie:Interval") is { } i && i >= TimeSpan.FromSeconds(5) ? i : TimeSpan.FromMinutes(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, clock, stoppingToken);
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<GidsPublicatie>().PubliceerGeplandAsync(clock.GetUtcNow(), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "De geplande publicatie van de gids is mislukt; de volgende poging komt bij de volgende run");
            }
        }
    }
}
