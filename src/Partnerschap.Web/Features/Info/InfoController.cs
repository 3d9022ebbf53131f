using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Partnerschap.Web.Features.Info;

/// <summary>The fixed pages: about, accessibility statement, privacy and contact.</summary>
[AllowAnonymous]
public sealed class InfoController : Controller
{
    [HttpGet("over")]
    public IActionResult Over() => View();

    [HttpGet("toegankelijkheid")]
    public IActionResult Toegankelijkheid() => View();

    [HttpGet("privacy")]
    public IActionResult Privacy() => View();

    [HttpGet("contact")]
    public IActionResult Contact() => View();
}
