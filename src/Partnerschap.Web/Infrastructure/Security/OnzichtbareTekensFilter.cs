using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Infrastructure.Security;

/// <summary>
/// Every form field of every action is checked for characters nobody types on purpose (NUL, escape, bidi overrides:
/// <see cref="OnzichtbareTekens"/>). Such a field gets a Dutch error that names it, next to the field and in the
/// summary; the action then answers 400 as for any invalid input, and nothing is saved.
/// </summary>
public sealed partial class OnzichtbareTekensFilter(IModelMetadataProvider metadata) : IActionFilter
{
    public void OnActionExecuting(ActionExecutingContext context)
    {
        // The form was read by FormulierLezenMiddleware; an error page re-executed after a broken form has none.
        var request = context.HttpContext.Request;
        if (!request.HasFormContentType || context.HttpContext.Features.Get<IFormFeature>()?.Form is null)
        {
            return;
        }

        foreach (var (sleutel, waarden) in request.Form)
        {
            if (waarden.Any(OnzichtbareTekens.Bevat))
            {
                var teken = waarden.Select(OnzichtbareTekens.Eerste).First(t => t is not null)!.Value;
                context.ModelState.AddModelError(sleutel,
                    $"{Label(context, sleutel)} bevat een onzichtbaar teken of een stuurteken ({OnzichtbareTekens.Code(teken)}). Verwijder het en probeer opnieuw.");
            }
        }
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }

    /// <summary>The field's display name ("Naam van het aanbod") from the bound model, else its key.</summary>
    private string Label(ActionExecutingContext context, string sleutel)
    {
        var delen = Index().Replace(sleutel, string.Empty).Split('.');
        foreach (var parameter in context.ActionDescriptor.Parameters)
        {
            var prefix = parameter.BindingInfo?.BinderModelName ?? parameter.Name;
            var pad = string.Equals(delen[0], prefix, StringComparison.OrdinalIgnoreCase) ? delen[1..] : delen;
            var huidig = metadata.GetMetadataForType(parameter.ParameterType);
            foreach (var deel in pad)
            {
                huidig = (huidig.ElementMetadata ?? huidig).Properties[deel];
                if (huidig is null)
                {
                    break;
                }
            }

            if (huidig is not null && pad.Length > 0)
            {
                return $"‘{huidig.DisplayName ?? huidig.PropertyName}’";
            }
        }

        return $"Het veld ‘{sleutel}’";
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();
}
