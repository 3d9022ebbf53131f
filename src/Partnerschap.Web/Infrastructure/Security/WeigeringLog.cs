namespace Partnerschap.Web.Infrastructure.Security;

/// <summary>
/// Logs refusals (429, 503) without letting a flood fill the disk: the first refusal of a quiet period is one line,
/// after that one summary line at most every 10 seconds.
/// </summary>
public sealed class WeigeringLog(TimeProvider clock, ILogger logger, string sjabloon)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);
    private readonly Lock _slot = new();
    private DateTimeOffset _vorige = DateTimeOffset.MinValue;
    private int _sindsVorige;

    public void Weigering(string pad)
    {
        int aantal;
        lock (_slot)
        {
            _sindsVorige++;
            var nu = clock.GetUtcNow();
            if (nu - _vorige < Interval)
            {
                return;
            }

            aantal = _sindsVorige;
            _sindsVorige = 0;
            _vorige = nu;
        }

#pragma warning disable CA2254 // the template is a constant of the caller
        logger.LogWarning(sjabloon, aantal, pad);
#pragma warning restore CA2254
    }
}
