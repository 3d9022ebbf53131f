namespace Partnerschap.Web.Infrastructure.Security;

/// <summary>Settings under <c>RateLimits</c>.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public int AanmeldenPerMinuut { get; set; } = 10;

    public int FormulierPerMinuut { get; set; } = 5;

    public int DoorverwijslijstPerMinuut { get; set; } = 60;

    /// <summary>Requests to /api/hsds per client address per minute.</summary>
    public int ApiPerMinuut { get; set; } = 300;
}
