using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Partnerschap.Web.Features.SocialeKaart;

/// <summary>The social map. Search and profiles arrive with the sociale-kaart issue; until then the page says so.</summary>
[AllowAnonymous]
public sealed class SocialeKaartController : Controller
{
    [HttpGet("sociale-kaart")]
    public IActionResult Index() => View();
}
