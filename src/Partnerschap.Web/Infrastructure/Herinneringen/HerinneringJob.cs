using Microsoft.Extensions.Options;

namespace Partnerschap.Web.Infrastructure.Herinneringen;

/// <summary>
/// Once shortly after start-up and then once a day: reminders to members of stale profiles, and the audit log
/// clean-up. Every instance may run it; <see cref="HerinneringService"/> makes sure nobody gets a reminder twice.
/// A failed run is logged and the next one comes as planned: the host never stops because of this job.
/// </summary>
public sealed class HerinneringJob(
    IServiceScopeFactory scopes,
    IOptions<HerinneringOptions> options,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<HerinneringJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.IsAan(environment))
        {
            logger.LogInformation("De dagelijkse herinneringen staan uit op deze instantie (Herinneringen:Dagelijks)");
            return;
        }

        var wacht = settings.EersteKeerNa > TimeSpan.Zero ? settings.EersteKeerNa : TimeSpan.Zero;
        var interval = settings.Interval > TimeSpan.FromMinutes(1) ? settings.Interval : TimeSpan.FromMinutes(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(wacht, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await RunOnceAsync(stoppingToken);
            wacht = interval;
        }
    }

    /// <summary>One run of both tasks, each in its own scope; exceptions are logged, never thrown.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await TryAsync("herinneringen", s => s.VerstuurAsync(cancellationToken), cancellationToken);
        await TryAsync("opruimen van het auditlog", s => s.RuimAuditOpAsync(cancellationToken), cancellationToken);
    }

    private async Task TryAsync(string taak, Func<HerinneringService, Task> work, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await work(scope.ServiceProvider.GetRequiredService<HerinneringService>());
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "De dagelijkse taak '{Taak}' is mislukt; de volgende poging komt bij de volgende run", taak);
        }
    }
}
