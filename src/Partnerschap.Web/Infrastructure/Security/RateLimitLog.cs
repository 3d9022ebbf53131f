namespace Partnerschap.Web.Infrastructure.Security;

/// <summary>The one throttled log of this instance for 429 answers.</summary>
public sealed class RateLimitLog(TimeProvider clock, ILogger<RateLimitLog> logger)
{
    public WeigeringLog Log { get; } = new(clock, logger, "Te veel verzoeken: {Aantal} geweigerd met 429 (de laatste op {Pad})");
}
