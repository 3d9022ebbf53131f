namespace Partnerschap.Web.Infrastructure;

/// <summary>Settings under <c>Portal</c>.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>The address users reach the portal at; used for links in mails and commands.</summary>
    public Uri PublicBaseUrl { get; set; } = new("http://localhost:5080");

    /// <summary>Shows the "demogegevens" banner on every page.</summary>
    public bool DemoOmgeving { get; set; }

    /// <summary>In Development only: create one demo account per role (passwords in README).</summary>
    public bool DemoAccounts { get; set; }
}
