namespace Partnerschap.Web.Features.OpenData;

/// <summary>Settings under <c>OpenData</c>: the licence of the open data and who owns it (docs/api.md).</summary>
public sealed class OpenDataOptions
{
    public const string Section = "OpenData";

    /// <summary>The licence's short name, as /open-data and the datapackage say it.</summary>
    public string Licentie { get; set; } = "CC BY 4.0";

    public string LicentieUrl { get; set; } = "https://creativecommons.org/licenses/by/4.0/deed.nl";

    /// <summary>Who owns the data and is named when it is reused: the organisation that runs the portal.</summary>
    public string Eigenaar { get; set; } = "de organisatie die dit portaal beheert";
}
