using Microsoft.Extensions.DependencyInjection;
using Partnerschap.Web.Features.SocialeKaart.Import;

namespace Partnerschap.Tests.Infrastructure;

/// <summary>A portal with the small test map (Fixtures/*.json) imported through the real import.</summary>
public sealed class KaartFixture : IAsyncLifetime
{
    public PortalFactory Factory { get; } = new();

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public async ValueTask InitializeAsync()
    {
        var result = await ImportAsync(Factory, Fixture("kaart.hsds.json"), Fixture("scholen.json"));
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

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
}
