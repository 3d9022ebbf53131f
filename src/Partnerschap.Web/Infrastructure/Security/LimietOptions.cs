namespace Partnerschap.Web.Infrastructure.Security;

/// <summary>Settings under <c>Limieten</c>.</summary>
public sealed class LimietOptions
{
    public const string Section = "Limieten";

    /// <summary>
    /// How long a request body may stall before the portal answers 408: Kestrel's grace period for its minimum data rate
    /// (240 bytes per second).
    /// </summary>
    public TimeSpan FormulierLeestijd { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The largest posted form (Content-Length); larger gets 413. Kestrel's MaxRequestBodySize stays the outer limit.</summary>
    public long FormulierBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>
    /// The largest upload on the pages of <see cref="FormulierLezenMiddleware.Uploadpaden"/> (the official list of
    /// scholen): 20 MB for the file plus room for the rest of the form.
    /// </summary>
    public long UploadBytes { get; set; } = (20 * 1024 * 1024) + (256 * 1024);
}
