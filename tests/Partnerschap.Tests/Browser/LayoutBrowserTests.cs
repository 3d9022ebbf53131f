using Microsoft.Playwright;
using Partnerschap.Web.Domain;

namespace Partnerschap.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class LayoutBrowserTests(BrowserFixture browser) : IAsyncDisposable
{
    /// <summary>Closes this test\'s windows before the next browser test starts.</summary>
    public ValueTask DisposeAsync() => new(browser.SluitVenstersAsync());

    [Fact]
    public async Task The_home_page_loads_in_Dutch_with_an_entry_for_each_kind_of_visitor()
    {
        var page = await browser.NewPageAsync();

        var response = await page.GotoAsync("/");

        Assert.Equal(200, response!.Status);
        Assert.Equal("nl", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("Partnerschap", await page.TitleAsync());
        Assert.True(await page.Locator("h1").IsVisibleAsync());
        var links = await page.Locator("main a").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))");
        Assert.Contains("/sociale-kaart", links);
        Assert.Contains("/gids", links);
        Assert.Contains("/aanmelden", links);
    }

    [Fact]
    public async Task The_skip_link_is_the_first_stop_for_the_keyboard_and_moves_focus_to_the_content()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        var focused = page.Locator(":focus");
        Assert.Equal("Ga direct naar de inhoud", (await focused.TextContentAsync())?.Trim());
        Assert.True(await focused.IsVisibleAsync());

        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("inhoud", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.EndsWith("#inhoud", page.Url);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/aanmelden")]
    [InlineData("/bestaat-niet")]
    [InlineData("/over")]
    [InlineData("/toegankelijkheid")]
    [InlineData("/privacy")]
    [InlineData("/contact")]
    [InlineData("/wachtwoord-vergeten")]
    [InlineData("/sociale-kaart")]
    [InlineData("/gids")]
    [InlineData("/gids/toeleiding")]
    [InlineData("/gids/privacy-en-gedeelde-informatie")]
    [InlineData("/gids/ondersteuning")]
    public async Task Axe_finds_no_WCAG_21_AA_violation(string path)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(path);

        var violations = await browser.AxeViolationsAsync(page);

        Assert.Empty(violations);
    }

    [Fact]
    public async Task The_sign_in_page_with_validation_errors_has_no_WCAG_violation_and_links_errors_to_fields()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/aanmelden");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator(".foutenoverzicht")).ToBeVisibleAsync();
        Assert.Equal("true", await page.GetAttributeAsync("#Email", "aria-invalid"));
        Assert.Contains("Email-fout", await page.GetAttributeAsync("#Email", "aria-describedby"));
        Assert.Empty(await browser.AxeViolationsAsync(page));
    }

    [Fact]
    public async Task A_person_signs_in_and_out_with_the_keyboard_only()
    {
        await browser.Factory!.CreateUserAsync("toetsenbord@example.org", Rollen.Welzijnswerker);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/aanmelden");

        await page.FocusAsync("#Email");
        await page.Keyboard.TypeAsync("toetsenbord@example.org");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(Infrastructure.PortalFactory.Wachtwoord);
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Mijn account" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Mijn account" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Mijn account");
        Assert.Empty(await browser.AxeViolationsAsync(page));

        await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Aanmelden" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".melding")).ToContainTextAsync("Je bent afgemeld.");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/aanmelden")]
    [InlineData("/toegankelijkheid")]
    public async Task Pages_fit_a_320_pixel_wide_screen_without_sideways_scrolling(string path)
    {
        var page = await browser.NewPageAsync(320, 640);
        await page.GotoAsync(path);

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

        Assert.True(overflow <= 0, $"{path} is {overflow}px te breed op 320px");
    }
}
