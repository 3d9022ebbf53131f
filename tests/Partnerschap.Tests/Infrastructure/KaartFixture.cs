using System.Net;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using Partnerschap.Web.Features.SocialeKaart.Import;

namespace Partnerschap.Tests.Infrastructure;

/// <summary>A portal with the small test map (Fixtures/*.json) imported through the real import.</summary>
public class KaartFixture : IAsyncLifetime
{
    public PortalFactory Factory { get; } = new();

    /// <summary>The fixture files this map is made of.</summary>
    protected virtual IEnumerable<string> Bestanden => ["kaart.hsds.json", "scholen.json"];

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
        var result = await ImportAsync(Factory, [.. Bestanden.Select(Fixture)]);
        if (!result.Gelukt)
        {
            throw new InvalidOperationException(string.Join("\n", result.Fouten));
        }
    }

    public static async Task<ImportResultaat> ImportAsync(PortalFactory factory, params string[] files)
    {
        using var client = factory.CreateClient(); // starts the host: migrations and gemeenten
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SocialeKaartImporter>().ImportAsync(files);
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
