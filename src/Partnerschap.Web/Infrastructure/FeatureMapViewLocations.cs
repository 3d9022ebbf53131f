using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace Partnerschap.Web.Infrastructure;

/// <summary>
/// Views live in the folder of their feature, which is the controller's namespace: the controllers of /beheer
/// (<c>Features.Beheer</c>) all find theirs in <c>/Features/Beheer/</c>, whatever each controller is called. A controller
/// with a sub-folder named after it (<c>Features/Profielbeheer/Aanbod/AanbodController.cs</c>) looks there first, then in
/// its feature's folder. Looked for before the <c>/Features/{controller}/</c> and <c>/Features/Shared/</c> formats of
/// <c>WebSetup</c>.
/// </summary>
public sealed class FeatureMapViewLocations : IViewLocationExpander
{
    private const string Sleutel = "featuremap";
    private const string Voorvoegsel = "Partnerschap.Web.Features.";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        // Part of the cache key of the view location cache, so two features never share a cached answer.
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor { ControllerTypeInfo.Namespace: { } ns } &&
            ns.StartsWith(Voorvoegsel, StringComparison.Ordinal))
        {
            context.Values[Sleutel] = ns[Voorvoegsel.Length..].Replace('.', '/');
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations) =>
        context.Values.TryGetValue(Sleutel, out var map) && map is not null && map != context.ControllerName
            ? new[]
            {
                "/Features/" + map + "/{1}/{0}" + RazorViewEngine.ViewExtension,
                "/Features/" + map + "/{0}" + RazorViewEngine.ViewExtension,
            }.Concat(viewLocations)
            : viewLocations;
}
