using Partnerschap.Tests.Infrastructure;

namespace Partnerschap.Tests;

/// <summary>
/// Every id on a page is there once: a label, a skip link, aria-labelledby and a link to "#…" find the element they
/// mean. (axe-core 4.14 no longer checks this under the WCAG 2.1 tags, since WCAG 2.2 dropped 4.1.1.)
/// </summary>
public sealed class UniekeIdsTests(KaartFixture kaart) : IClassFixture<KaartFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/over")]
    [InlineData("/privacy")]
    [InlineData("/toegankelijkheid")]
    [InlineData("/open-data")]
    [InlineData("/sociale-kaart?gemeente=Gent")]
    [InlineData("/gids")]
    [InlineData("/gids/voorwaarden")]
    [InlineData("/samenwerkingsscan")]
    [InlineData("/regio")]
    [InlineData("/regio/gent")]
    public async Task A_public_page_uses_each_id_once(string pad)
    {
        using var client = kaart.Factory.CreateClient();
        var pagina = await Html.ParseAsync(await client.GetAsync(pad));

        var dubbel = pagina.QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.True(dubbel.Count == 0, $"{pad}: dubbele id's {string.Join(", ", dubbel)}");
    }
}
