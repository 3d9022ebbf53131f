// Part of bench/kaartweergave.sh (a .NET file-based app: `dotnet run bench/kaartweergave-browser.cs -- BASE PATH [ROUNDS]`).
// Opens PATH in Debian's Chromium (headless), presses "Kaart" and times, in the page, from the click until every pin
// of the page is on the map; tiles get a 1×1 PNG from here (no network), so what is timed is Leaflet and our script.
// Prints one line: RESULT pins=… p50=… p95=… max=… (milliseconds) over ROUNDS fresh page loads.
#:package Microsoft.Playwright
// Not trimmed or AOT (the default of a file-based app): Playwright serialises its messages by reflection.
#:property PublishAot=false
using Microsoft.Playwright;

var basis = args[0];
var pad = args[1];
var rondes = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20;
var tegel = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
var tijden = new List<double>();
var pins = 0;
for (var i = 0; i < rondes; i++)
{
    var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
    await page.RouteAsync(u => !u.StartsWith(basis, StringComparison.Ordinal), r => r.FulfillAsync(new() { ContentType = "image/png", BodyBytes = tegel }));
    await page.GotoAsync(basis + pad);
    pins = await page.Locator(".treffer[data-lat]").CountAsync();
    if (pins == 0)
    {
        Console.WriteLine("RESULT pins=0 p50=0 p95=0 max=0");
        return;
    }

    var ms = await page.EvaluateAsync<double>("""
        (verwacht) => new Promise(klaar => {
          const begin = performance.now();
          document.querySelector('[data-weergave="kaart"]').click();
          (function kijk() {
            if (document.querySelectorAll('.leaflet-marker-icon').length >= verwacht) {
              requestAnimationFrame(() => klaar(performance.now() - begin)); // until the frame with the pins is painted
            } else {
              requestAnimationFrame(kijk);
            }
          })();
        })
        """, pins);
    tijden.Add(ms);
    await page.CloseAsync();
}

tijden.Sort();
double Deel(double p) => tijden[Math.Min(tijden.Count - 1, (int)Math.Ceiling(p * tijden.Count) - 1)];
Console.WriteLine(FormattableString.Invariant($"RESULT pins={pins} p50={Deel(0.5):0.0} p95={Deel(0.95):0.0} max={tijden[^1]:0.0}"));
