using System.Net;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using Partnerschap.Web.Features.SocialeKaart.Import;

namespace Partnerschap.Tests.Infrastructure;

/// <summary>
/// The fixture of the HTTP tests: one portal per test class, on its own copy of a template database (by default the
/// small test map of Fixtures/kaart.hsds.json and scholen.json, see <see cref="TestDatabase"/>). A class that needs
/// more says so by overriding: other settings or a clock (<see cref="CreateFactory"/>), fixture files on top
/// (<see cref="ExtraBestanden"/>), or its own users and rows (<see cref="SeedAsync"/>).
/// </summary>
public class KaartFixture : IAsyncLifetime
{
    private PortalFactory? _factory;

    public PortalFactory Factory => _factory ?? throw new InvalidOperationException("De fixture is nog niet gestart.");

    /// <summary>The template this class starts from.</summary>
    protected virtual Sjabloon Sjabloon => Sjabloon.Kaart;

    /// <summary>Fixture files imported through the real import on top of the template.</summary>
    protected virtual IEnumerable<string> ExtraBestanden => [];

    /// <summary>A search as a browser does it: the status, the page and the names of the results on it.</summary>
    public async Task<(HttpStatusCode Status, IDocument Page, List<string> Namen)> ZoekAsync(string query)
    {
        using var client = Factory.CreateClient();
        using var response = await client.GetAsync("/sociale-kaart" + query);
        var page = await Html.ParseAsync(response);
        return (response.StatusCode, page, [.. page.QuerySelectorAll(".treffer h3 a .treffer-naam").Select(a => a.TextContent.Trim())]);
    }

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public async ValueTask InitializeAsync()
    {
        _factory = CreateFactory(await TestDatabase.CopyAsync(Sjabloon));
        _factory.StartServer(); // before the first test, so no test's time includes the start
        string[] extra = [.. ExtraBestanden.Select(Fixture)];
        if (extra.Length > 0)
        {
            var result = await ImportAsync(_factory, extra);
            if (!result.Gelukt)
            {
                throw new InvalidOperationException(string.Join("\n", result.Fouten));
            }
        }

        await SeedAsync();
    }

    /// <summary>The portal on the copy; override for other settings or a clock.</summary>
    protected virtual PortalFactory CreateFactory(string databasePath) => new(databasePath);

    /// <summary>What this class adds to the copy before its first test: users, memberships, rows.</summary>
    protected virtual Task SeedAsync() => Task.CompletedTask;

    /// <summary>Starts the portal (on a new file: migrations and reference data) and imports the files.</summary>
    public static async Task<ImportResultaat> ImportAsync(PortalFactory factory, params string[] files)
    {
        using var client = factory.CreateClient();
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SocialeKaartImporter>().ImportAsync(files);
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}

/// <summary>The same fixture without the test map: the schema and reference data of a first start.</summary>
public class ZonderKaartFixture : KaartFixture
{
    protected override Sjabloon Sjabloon => Sjabloon.Gemigreerd;
}
