using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Partnerschap.Web.Features.Home;

[AllowAnonymous]
public sealed class HomeController : Controller
{
    [HttpGet("/")]
    public IActionResult Index() => View(new HomeViewModel(TempData[Meldingen.Key] as string));
}

public sealed record HomeViewModel(string? Melding);
