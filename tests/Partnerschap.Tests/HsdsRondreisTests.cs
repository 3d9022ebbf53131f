using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Tests.Infrastructure;

namespace Partnerschap.Tests;

/// <summary>
/// The export is the import's inverse: everything the API gives, written as an HSDS file and imported by the operator's
/// `import` command into an empty portal, gives the same public profiles.
/// </summary>
public sealed partial class HsdsRondreisTests
{
    [Fact]
    public async Task Everything_exported_and_imported_into_an_empty_portal_gives_the_same_public_profiles()
    {
        await using var bron = new PortalFactory(await TestDatabase.CopyAsync(Sjabloon.Kaart));
        await HsdsApiTests.Fixture.MetAdresAsync(bron);
        using var bronClient = bron.CreateClient();
        var organisaties = await HsdsApiTests.NdjsonAsync(bronClient, "/api/hsds/organizations?format=ndjson&full_service=true");
        var bestand = Path.Combine(TestDatabase.Folder, $"export-{Guid.NewGuid():N}.hsds.json");
        await File.WriteAllTextAsync(bestand, new JsonArray([.. organisaties]).ToJsonString(), TestContext.Current.CancellationToken);
        var leeg = await TestDatabase.CopyAsync(Sjabloon.Gemigreerd);

        var import = await PortalCommand.RunAsync(leeg, "import", bestand);

        Assert.True(import.ExitCode == 0, import.Output + import.Error);
        await using var doel = new PortalFactory(leeg);
        using var doelClient = doel.CreateClient();
        var slugs = await bron.WithDbAsync(db => db.Organisaties.OrderBy(o => o.Naam).Select(o => new { o.Id, o.Slug }).ToListAsync());
        Assert.Equal(slugs.Count, await doel.WithDbAsync(db => db.Organisaties.CountAsync()));
        Assert.Equal(await bron.WithDbAsync(db => db.Aanbod.CountAsync()), await doel.WithDbAsync(db => db.Aanbod.CountAsync()));
        foreach (var organisatie in slugs)
        {
            var adres = $"/api/hsds/organizations/{organisatie.Id}?full_service=true";
            Assert.Equal(ZonderTijd(await HsdsApiTests.JsonAsync(bronClient, adres)), ZonderTijd(await HsdsApiTests.JsonAsync(doelClient, adres)));
            Assert.Equal(await ProfielAsync(bronClient, organisatie.Slug), await ProfielAsync(doelClient, organisatie.Slug));
        }
    }

    /// <summary>The moment of the import is the new "last changed"; everything else must be the same.</summary>
    private static string ZonderTijd(JsonNode json) => LastModified().Replace(json.ToJsonString(), "\"last_modified\":\"…\"");

    /// <summary>
    /// What a visitor reads on the profile, without the date of the last change and without the samenwerkingen with
    /// scholen: those are not HSDS (our own format, docs/import.md), so an empty portal has none.
    /// </summary>
    private static async Task<string> ProfielAsync(HttpClient client, string slug)
    {
        var pagina = await Html.ParseAsync(await client.GetAsync($"/organisaties/{slug}"));
        pagina.QuerySelector("section[aria-labelledby=samenwerking-titel]")?.Remove();
        var tekst = pagina.QuerySelector("article.profiel")?.TextContent ?? $"geen profiel op /organisaties/{slug}";
        return Spaties().Replace(LaatstGewijzigd().Replace(tekst, ""), " ").Trim();
    }

    [GeneratedRegex("\"last_modified\":\"[^\"]*\"")]
    private static partial Regex LastModified();

    [GeneratedRegex(@"Laatst gewijzigd: [^.]*\.")]
    private static partial Regex LaatstGewijzigd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaties();
}
