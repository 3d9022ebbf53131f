using Microsoft.EntityFrameworkCore;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Domain;

namespace Partnerschap.Tests;

/// <summary>The demo set: loaded on first start of a demo environment, through the import, clearly fictional.</summary>
public sealed class DemoDataTests(DemoDataTests.Fixture demo) : IClassFixture<DemoDataTests.Fixture>
{
    /// <summary>A demo environment on a copy without the test map: its first start loads the demo set.</summary>
    public sealed class Fixture : ZonderKaartFixture
    {
        protected override PortalFactory CreateFactory(string databasePath) =>
            new(databasePath, new Dictionary<string, string?> { ["Portal:DemoOmgeving"] = "true" });
    }

    [Fact]
    public async Task A_demo_environment_loads_the_demo_set_on_first_start_and_shows_the_notice()
    {
        var factory = demo.Factory;
        using var client = factory.CreateClient();

        var page = await Html.ParseAsync(await client.GetAsync("/sociale-kaart?gemeente=Gent"));

        Assert.Contains("Demogegevens", page.Text(".demo-melding"));
        Assert.True(page.QuerySelectorAll(".treffer").Length >= 10);
        Assert.True(await factory.WithDbAsync(db => db.Organisaties.CountAsync()) >= 200);
        Assert.True(await factory.WithDbAsync(db => db.Aanbod.CountAsync()) >= 350);
        Assert.True(await factory.WithDbAsync(db => db.Scholen.CountAsync()) >= 60);
        Assert.True(await factory.WithDbAsync(db => db.Brugfiguren.CountAsync()) >= 30);
        Assert.True(await factory.WithDbAsync(db => db.Samenwerkingen.CountAsync()) >= 100);
    }

    [Fact]
    public async Task The_demo_set_covers_every_code_has_stale_closed_and_region_wide_profiles_and_only_fictional_contacts()
    {
        var factory = demo.Factory;
        using var client = factory.CreateClient();
        var organisaties = await factory.WithDbAsync(db => db.Organisaties.AsNoTracking().ToListAsync());

        Assert.All(Vocabulaire.Organisatietypes, t => Assert.True(organisaties.Count(o => o.Type == t.Code) >= 3, t.Code));
        Assert.All(Vocabulaire.Aanleidingen, t => Assert.Contains(organisaties, o => o.Aanleidingen.Contains(t.Code)));
        Assert.All(Vocabulaire.Samenwerkingsvormen, t => Assert.Contains(organisaties, o => o.Samenwerkingsvormen.Any(v => v.Code == t.Code)));
        Assert.All(Vocabulaire.Doelgroepen, t => Assert.Contains(organisaties, o => o.Doelgroepen.Contains(t.Code)));
        var jaarGeleden = Partnerschap.Web.Infrastructure.BelgischeTijd.Vandaag(TimeProvider.System).AddMonths(-12);
        Assert.True(organisaties.Count(o => o.LaatstGecontroleerd < jaarGeleden) >= 10);
        Assert.Contains(organisaties, o => o.Status == OrganisatieStatus.TijdelijkGesloten);
        Assert.Contains(organisaties, o => o.Status == OrganisatieStatus.Stopgezet);
        Assert.Contains(organisaties, o => o.Locaties.Count == 0 && o.Werkingsgebied.Any(g => g.Soort != GebiedSoort.Gemeente));
        Assert.All(organisaties, o => Assert.EndsWith("@example.org", o.Email));
        Assert.All(organisaties, o => Assert.Contains(" 000 ", o.Telefoon));
        var regios = organisaties.SelectMany(o => o.Locaties).Select(l => l.GemeenteNis).Distinct().ToList();
        Assert.True(regios.Count >= 20);
    }
}
