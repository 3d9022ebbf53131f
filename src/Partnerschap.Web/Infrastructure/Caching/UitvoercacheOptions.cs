namespace Partnerschap.Web.Infrastructure.Caching;

/// <summary>Settings under <c>Uitvoercache</c>: the output cache of public pages (<see cref="PubliekePaginaPolicy"/>).</summary>
public sealed class UitvoercacheOptions
{
    public const string Section = "Uitvoercache";

    /// <summary>Off: every page is rendered for every request, as before the cache.</summary>
    public bool Aan { get; set; } = true;

    /// <summary>
    /// How long a page stays in memory at most. The versions in the key decide when a page is out of date; this only
    /// bounds how long a page nobody asks for any more takes up memory.
    /// </summary>
    public TimeSpan Bewaartijd { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Memory for cached pages per instance; when full, new pages are not stored until old ones are evicted.</summary>
    public int MaxMegabytes { get; set; } = 100;
}
