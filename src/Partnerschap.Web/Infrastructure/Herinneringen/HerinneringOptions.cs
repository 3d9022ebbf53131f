namespace Partnerschap.Web.Infrastructure.Herinneringen;

/// <summary>Settings under <c>Herinneringen</c>.</summary>
public sealed class HerinneringOptions
{
    public const string Section = "Herinneringen";

    /// <summary>
    /// Whether this instance runs the daily job (reminders and audit clean-up). Not set: on, except in the
    /// "Testing" environment, where tests must stay deterministic.
    /// </summary>
    public bool? Dagelijks { get; set; }

    /// <summary>The first run, after start-up.</summary>
    public TimeSpan EersteKeerNa { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Time between two runs.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);

    public bool IsAan(IHostEnvironment environment) => Dagelijks ?? !environment.IsEnvironment("Testing");
}
