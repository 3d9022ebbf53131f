namespace Partnerschap.Web.Infrastructure.Security;

/// <summary>Settings under <c>Overbelasting</c>.</summary>
public sealed class OverbelastingOptions
{
    public const string Section = "Overbelasting";

    /// <summary>Heavy requests that run at once on one instance (default: 2 per processor core).</summary>
    public int? Gelijktijdig { get; set; }

    /// <summary>Heavy requests that may wait for a free place (default: 8 per core); beyond that 503 at once.</summary>
    public int? Wachtrij { get; set; }

    public int RetryAfterSeconden { get; set; } = 5;
}
