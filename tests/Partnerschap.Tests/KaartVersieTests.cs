using Partnerschap.Tests.Infrastructure;

namespace Partnerschap.Tests;

/// <summary>Two web instances on one database: a change imported through one shows up in the other's search.</summary>
public sealed class KaartVersieTests
{
    [Fact]
    public async Task An_import_on_one_instance_is_found_on_another_within_a_few_seconds()
    {
        await using var first = new PortalFactory();
        await using var second = new PortalFactory(first.DatabasePath);
        using var client = second.CreateClient();
        var before = await Html.ParseAsync(await client.GetAsync("/sociale-kaart?q=sleutel"));
        Assert.Empty(before.QuerySelectorAll(".treffer"));

        var result = await KaartFixture.ImportAsync(first, KaartFixture.Fixture("kaart.hsds.json"));
        Assert.True(result.Gelukt);

        var gevonden = await Wacht.TotAsync(async () =>
            (await Html.ParseAsync(await client.GetAsync("/sociale-kaart?q=sleutel"))).QuerySelectorAll(".treffer h3 a").Any(a => a.TextContent.Trim() == "Huiswerkklas De Sleutel"),
            TimeSpan.FromSeconds(6));

        Assert.True(gevonden, "de tweede instantie toonde de import niet binnen 6 seconden");
    }
}
