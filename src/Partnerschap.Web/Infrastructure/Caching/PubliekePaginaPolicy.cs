using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Partnerschap.Web.Features.Doorverwijslijst;
using Partnerschap.Web.Features.Gids;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;

namespace Partnerschap.Web.Infrastructure.Caching;

/// <summary>
/// The output cache rule for the public pages that are read far more than they change (profiles, gids chapters); see
/// ADR 0011. The cache is in memory per instance, so a page is only correct while its key holds every version it was
/// made from:
/// <list type="bullet">
/// <item>the map: the stamp this instance last read (a profile reads the database) and the stamp of its search index (a
/// live list is made from the index). <see cref="KaartIndexProvider.GetAsync"/> checks the stamp at most every 2
/// seconds, here as well, because a hit never runs the controller;</item>
/// <item>for a chapter, the gids (<see cref="GidsVersieProvider"/>, also checked at most every 2 seconds);</item>
/// <item>the Belgian day, since "niet recent gecontroleerd" depends on today.</item>
/// </list>
/// The query string is not in the key: none of these pages reads it, and a made-up query cannot push pages out.
/// Never from or into the cache: a signed-in visitor, a visitor with a doorverwijslijst (the buttons and the menu show
/// it) or with a statusbericht waiting (TempData), a method other than GET or HEAD. Never stored: anything but a 200, a
/// response that sets a cookie or asks not to be stored (a page that made an antiforgery token of its own).
/// </summary>
public sealed class PubliekePaginaPolicy(bool metGids) : IOutputCachePolicy
{
    /// <summary>Organisation, school and brugfiguur profiles: the map and the day.</summary>
    public const string Profiel = "publiek-profiel";

    /// <summary>A gids chapter: the map (its live lists), the gids and the day.</summary>
    public const string Hoofdstuk = "publiek-hoofdstuk";

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        if (!MagUitCache(http))
        {
            context.EnableOutputCaching = false;
            return;
        }

        var services = http.RequestServices;
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = services.GetRequiredService<IOptions<UitvoercacheOptions>>().Value.Bewaartijd;

        var kaart = services.GetRequiredService<KaartIndexProvider>();
        var index = await kaart.GetAsync(cancellationToken);
        var waarden = context.CacheVaryByRules.VaryByValues;
        waarden["kaart"] = kaart.GelezenStempel ?? index.Versie;
        waarden["index"] = index.Versie;
        if (metGids)
        {
            waarden["gids"] = await services.GetRequiredService<GidsVersieProvider>().GetAsync(cancellationToken);
        }

        waarden["dag"] = BelgischeTijd.Vandaag(services.GetRequiredService<TimeProvider>()).DayNumber.ToString(CultureInfo.InvariantCulture);
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0 ||
            HeaderUtilities.ContainsCacheDirective(response.Headers.CacheControl, CacheControlHeaderValue.NoStoreString) ||
            HeaderUtilities.ContainsCacheDirective(response.Headers.CacheControl, CacheControlHeaderValue.PrivateString))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Whether this request may see the page every anonymous visitor sees (and may add it to the cache).</summary>
    private static bool MagUitCache(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) || http.User.Identity?.IsAuthenticated == true)
        {
            return false;
        }

        var tempData = http.RequestServices.GetRequiredService<IOptions<CookieTempDataProviderOptions>>().Value.Cookie.Name;
        return !request.Cookies.ContainsKey(DoorverwijslijstController.CookieName) && (tempData is null || !request.Cookies.ContainsKey(tempData));
    }
}
