using Microsoft.Playwright;

namespace Partnerschap.Tests.Browser;

/// <summary>Reading the guide in a browser: by keyboard, in print, and with axe-core.</summary>
[Collection(BrowserCollection.Name)]
public sealed class GidsBrowserTests(BrowserFixture browser) : IAsyncDisposable
{
    /// <summary>Closes this test\'s windows before the next browser test starts.</summary>
    public ValueTask DisposeAsync() => new(browser.SluitVenstersAsync());

    [Fact]
    public async Task A_reader_opens_a_chapter_and_jumps_to_a_section_with_the_keyboard_only()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/gids");

        // Tab to the first chapter link, open it, then tab to the first entry of its table of contents.
        var hoofdstuk = page.Locator(".gids-groep h3 a").First;
        var titel = (await hoofdstuk.TextContentAsync())!.Trim();
        for (var i = 0; i < 60 && !await hoofdstuk.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(titel);
        var eerste = page.Locator(".inhoudstafel a").First;
        for (var i = 0; i < 60 && !await eerste.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        var doel = (await eerste.GetAttributeAsync("href"))!;
        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith(doel, page.Url);
        Assert.True(await page.Locator(doel).IsVisibleAsync());
    }

    [Fact]
    public async Task The_print_view_hides_navigation_and_starts_each_chapter_on_a_new_page()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/gids/afdrukken");
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.False(await page.Locator(".hoofdmenu").IsVisibleAsync());
        Assert.Equal("page", await page.Locator(".afdruk-hoofdstuk").Nth(1).EvaluateAsync<string>("e => getComputedStyle(e).breakBefore"));
        var pdf = await page.PdfAsync(new() { Format = "A4" });
        Assert.True(pdf.Length > 50_000);
    }

    [Theory]
    [InlineData("/gids/afdrukken")]
    [InlineData("/gids/zoeken?q=clb")]
    [InlineData("/gids/waarom-samenwerken")]
    public async Task Axe_finds_no_violation_in_the_guide(string pad)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(pad);

        var violations = await browser.AxeViolationsAsync(page);

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }
}
