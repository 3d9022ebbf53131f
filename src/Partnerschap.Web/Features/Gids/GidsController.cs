using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Partnerschap.Web.Features.Gids;

/// <summary>The samenwerkingsgids. Chapters arrive with the gids issue; until then the page says so.</summary>
[AllowAnonymous]
public sealed class GidsController : Controller
{
    [HttpGet("gids")]
    public IActionResult Index() => View();
}
