using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace Partnerschap.Web.Infrastructure.Caching;

/// <summary>
/// TempData in its cookie (<see cref="CookieTempDataProvider"/>), minus one header: the framework deletes the cookie on
/// every page that reads TempData and has none left, also when the visitor has no such cookie, and the layout reads it
/// on every page (the <see cref="Features.Statusbericht"/>). A response that sets a cookie is never stored in the output
/// cache, so that needless <c>Set-Cookie</c> would keep every page out of it. A visitor who has the cookie still gets it
/// deleted.
/// </summary>
public sealed class ZuinigeTempDataProvider(CookieTempDataProvider cookie, IOptions<CookieTempDataProviderOptions> options) : ITempDataProvider
{
    public IDictionary<string, object> LoadTempData(HttpContext context) => cookie.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        if (values.Count == 0 && options.Value.Cookie.Name is { } naam && !context.Request.Cookies.ContainsKey(naam))
        {
            return;
        }

        cookie.SaveTempData(context, values);
    }
}
