using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Partnerschap.Web.Features.Api.Hsds;
using Partnerschap.Web.Infrastructure;
using Partnerschap.Web.Infrastructure.Security;

namespace Partnerschap.Web.Features.OpenData;

/// <summary>/open-data: what the portal offers as open data, under which licence, and the HSDS datapackage.</summary>
[AllowAnonymous]
public sealed class OpenDataController(IOptions<OpenDataOptions> opties, IOptions<PortalOptions> portal, HsdsDatapakket datapakket, TimeProvider clock) : Controller
{
    [HttpGet("open-data")]
    public IActionResult Index() => View(new OpenDataPagina(opties.Value, Adres("/api/hsds/"), HsdsTaxonomieen.Alle));

    /// <summary>The whole public map as an HSDS tabular datapackage (datapackage.json and CSVs), built from the API's mapping.</summary>
    [HttpGet("open-data/hsds-datapackage.zip")]
    [ZwareAanvraag]
    public async Task<IActionResult> Datapakket(CancellationToken cancellationToken)
    {
        var o = opties.Value;
        var zip = await datapakket.MaakAsync(Request, new DatapakketInfo("Sociale kaart van Partnerschap", o.Licentie, o.LicentieUrl, o.Eigenaar, clock.GetUtcNow()), cancellationToken);
        return File(zip, "application/zip", "partnerschap-hsds-datapackage.zip");
    }

    private string Adres(string pad) => new Uri(portal.Value.AdresVoor(Request), pad).AbsoluteUri;
}

public sealed record OpenDataPagina(OpenDataOptions Opties, string ApiAdres, IReadOnlyList<HsdsTaxonomie> Taxonomieen);
