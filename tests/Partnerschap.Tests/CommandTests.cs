using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Tests.Infrastructure;

namespace Partnerschap.Tests;

/// <summary>The operator commands, run as a real process on the built executable, as `dotnet run -- …` does.</summary>
public sealed partial class CommandTests
{
    [Theory]
    [InlineData("help")]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Help_lists_the_commands(string vraag)
    {
        var result = await RunAsync(PortalFactory.NewDatabasePath(), vraag);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("migrate", result.Output);
        Assert.Contains("create-admin <e-mail>", result.Output);
    }

    [Theory]
    [InlineData("verzin-iets")]
    [InlineData("create-admin")]
    [InlineData("create-admin", "geen-e-mailadres")]
    [InlineData("migrate", "te-veel")]
    public async Task An_unknown_command_or_bad_arguments_print_usage_and_exit_non_zero(params string[] args)
    {
        var result = await RunAsync(PortalFactory.NewDatabasePath(), args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Gebruik:", result.Error);
    }

    [Fact]
    public async Task Migrate_creates_the_database_and_a_second_run_has_nothing_to_do()
    {
        var database = PortalFactory.NewDatabasePath();

        var first = await RunAsync(database, "migrate");
        var second = await RunAsync(database, "migrate");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("migratie(s) toegepast", first.Output);
        Assert.True(File.Exists(database));
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("geen migraties", second.Output);
    }

    [Fact]
    public async Task Create_admin_prints_a_one_time_link_with_which_the_administrator_sets_a_password_and_signs_in()
    {
        var database = PortalFactory.NewDatabasePath();

        var result = await RunAsync(database, "create-admin", "eerste.beheerder@example.org");

        Assert.Equal(0, result.ExitCode);
        var link = new Uri(LinkPattern().Match(result.Output).Value);
        Assert.Equal("/wachtwoord-instellen", link.AbsolutePath);

        await using var factory = new PortalFactory(database);
        var client = factory.CreateClient();
        using var notYet = await Html.SignInAsync(client, "eerste.beheerder@example.org", "nog geen wachtwoord gekozen");
        Assert.Equal(HttpStatusCode.BadRequest, notYet.StatusCode);

        var page = await Html.ParseAsync(await client.GetAsync(link.PathAndQuery));
        Assert.Equal("Kies je wachtwoord", page.Text("h1"));
        var fields = Html.HiddenFields(page);
        fields["Wachtwoord"] = "de eerste beheerder kiest dit";
        fields["Herhaling"] = "de eerste beheerder kiest dit";
        using var set = await client.PostAsync("/wachtwoord-instellen", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);

        using var signedIn = await Html.SignInAsync(client, "eerste.beheerder@example.org", "de eerste beheerder kiest dit");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains("Beheerder", (await Html.ParseAsync(await client.GetAsync("/mijn-account"))).Text(".gegevens"));

        using var reused = await client.PostAsync("/wachtwoord-instellen", new FormUrlEncodedContent(fields));
        Assert.True(reused.StatusCode == HttpStatusCode.BadRequest, await reused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Import_loads_a_good_file_and_refuses_a_broken_one_with_its_line_and_a_non_zero_exit()
    {
        var database = PortalFactory.NewDatabasePath();
        var broken = Path.Combine(Path.GetTempPath(), $"kapot-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(broken, "[\n  {\n    \"id\": \"x1\",\n    \"name\": \"Test\",\n    \"email\": \"geen-adres\"\n  }\n]\n");

        var good = await RunAsync(database, "import", KaartFixture.Fixture("kaart.hsds.json"), KaartFixture.Fixture("scholen.json"));
        var bad = await RunAsync(database, "import", broken);

        Assert.Equal(0, good.ExitCode);
        Assert.Contains("Import gelukt: 13 organisaties", good.Output);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("regel 5: [0].email", bad.Error);
        Assert.Contains("Er is niets gewijzigd", bad.Error);
    }

    [Fact]
    public async Task Import_skips_a_profile_changed_in_the_portal_and_overschrijf_overwrites_it()
    {
        var database = PortalFactory.NewDatabasePath();
        var kaart = KaartFixture.Fixture("kaart.hsds.json");
        Assert.Equal(0, (await RunAsync(database, "import", kaart)).ExitCode);
        await using (var factory = new PortalFactory(database))
        {
            using var _ = factory.CreateClient();
            await factory.WithDbAsync(async db =>
            {
                var sleutel = await db.Organisaties.SingleAsync(o => o.Naam == "Huiswerkklas De Sleutel");
                sleutel.Naam = "Naam uit het portaal";
                sleutel.LaatstGewijzigd = sleutel.LaatstGewijzigd.AddHours(1);
                return await db.SaveChangesAsync();
            });
        }

        var overgeslagen = await RunAsync(database, "import", kaart);
        var overschreven = await RunAsync(database, "import", "--overschrijf", kaart);

        Assert.Equal(0, overgeslagen.ExitCode);
        Assert.Contains("overgeslagen: organisatie \"Naam uit het portaal\"", overgeslagen.Output);
        Assert.Contains("1 profiel overgeslagen", overgeslagen.Output);
        Assert.Equal(0, overschreven.ExitCode);
        Assert.DoesNotContain("overgeslagen", overschreven.Output);
        await using var na = new PortalFactory(database);
        using var client = na.CreateClient();
        Assert.Equal(1, await na.WithDbAsync(db => db.Organisaties.CountAsync(o => o.Naam == "Huiswerkklas De Sleutel")));
    }

    [Fact]
    public async Task Import_gids_reports_what_it_did_and_refuses_a_broken_file_with_its_line()
    {
        var database = PortalFactory.NewDatabasePath();
        var map = Path.Combine(Path.GetTempPath(), $"gids-{Guid.NewGuid():N}");
        Directory.CreateDirectory(map);
        File.Copy(Path.Combine(Repository.Root, "seeds", "gids", "01-inleiding.md"), Path.Combine(map, "01-inleiding.md"));

        var eerste = await RunAsync(database, "import-gids", map); // the database is new: migrate loads the shipped chapters first
        await File.WriteAllTextAsync(Path.Combine(map, "99-kapot.md"), "---\nslug: kapot\ntitel: Kapot\ngroep: Praktijk\nvolgorde: een\n---\nTekst.\n", TestContext.Current.CancellationToken);
        var kapot = await RunAsync(database, "import-gids", map);

        Assert.Equal(0, eerste.ExitCode);
        Assert.Contains("inleiding: ongewijzigd.", eerste.Output);
        Assert.Equal(1, kapot.ExitCode);
        Assert.Contains("99-kapot.md, regel 5: 'volgorde' is geen geheel getal.", kapot.Error);
        Assert.Contains("Er is niets gewijzigd", kapot.Error);
    }

    private static Task<(int ExitCode, string Output, string Error)> RunAsync(string database, params string[] args) =>
        PortalCommand.RunAsync(database, args);

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
