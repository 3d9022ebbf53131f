namespace Partnerschap.Web.Features.SocialeKaart.ZonderResultaat;

/// <summary>Writes the <see cref="ZoekopdrachtenBuffer"/> to the database every few seconds, and once more on shutdown.</summary>
public sealed class ZoekopdrachtenFlushService(ZoekopdrachtenBuffer buffer, TimeProvider clock, ILogger<ZoekopdrachtenFlushService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await buffer.FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: StopAsync writes what is left.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await buffer.FlushAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Zoekopdrachten zonder resultaat konden bij het stoppen niet bewaard worden");
        }
    }
}
