using Microsoft.Playwright;

namespace Partnerschap.Tests.Browser;

/// <summary>The regional picture in a real browser: accessible at full width and on a phone, and usable without script.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RegioBrowserTests(BrowserFixture browser) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => new(browser.SluitVenstersAsync());

    [Theory]
    [InlineData("/regio", 1280)]
    [InlineData("/regio", 320)]
    [InlineData("/regio?aanleiding=hygiene-gezondheid", 1280)]
    [InlineData("/regio/gent", 1280)]
    [InlineData("/regio/gent", 320)]
    [InlineData("/regio/merelbeke-melle", 320)]
    public async Task Axe_finds_no_WCAG_21_AA_violation_and_the_page_does_not_scroll_sideways(string pad, int breedte)
    {
        var page = await browser.NewPageAsync(width: breedte);
        var response = await page.GotoAsync(pad);

        Assert.Equal(200, response!.Status);
        Assert.Empty(await browser.AxeViolationsAsync(page));
        // The map scales to the screen; only the table scrolls, in its own box.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        var kaart = await page.Locator("svg.regio-kaart").First.BoundingBoxAsync();
        Assert.True(kaart!.Width <= breedte);
    }

    [Fact]
    public async Task Without_JavaScript_a_gemeente_on_the_map_is_a_link_to_its_page_and_the_chooser_redraws_the_map()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/regio");
        await page.Locator(".regio-figuur").ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("regio.png") });

        await page.SelectOptionAsync("#aanleiding", "hygiene-gezondheid");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toon de kaart" }).ClickAsync();
        Assert.EndsWith("/regio?aanleiding=hygiene-gezondheid", page.Url);
        Assert.Contains("Hygiëne en gezondheid", await page.Locator("#kaart-titel").TextContentAsync());

        await page.Locator("svg.regio-kaart a[href='/regio/gent']").ClickAsync();
        await page.WaitForURLAsync("**/regio/gent");
        Assert.Equal("Gent", (await page.Locator("h1").TextContentAsync())?.Trim());
    }

    [Fact]
    public async Task The_keyboard_reaches_a_gemeente_on_the_map_and_it_shows_where_the_focus_is()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/regio");

        var gent = page.Locator("svg.regio-kaart a[href='/regio/gent']");
        await gent.FocusAsync();
        var fill = await gent.Locator("path").EvaluateAsync<string>("p => getComputedStyle(p).fill");
        Assert.Equal("rgb(255, 191, 71)", fill);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/regio/gent");
    }
}
