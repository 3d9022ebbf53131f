using Microsoft.Extensions.DependencyInjection;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;

namespace Partnerschap.Tests;

/// <summary>The search index of an instance is the application's, never one request's.</summary>
public sealed class ZoekindexTests
{
    [Fact]
    public async Task The_portal_builds_the_search_index_when_it_starts_before_anyone_searches()
    {
        await using var factory = new PortalFactory(TestDatabase.Copy(Sjabloon.Kaart));
        var provider = factory.Services.GetRequiredService<KaartIndexProvider>();

        var index = await WachtOpIndexAsync(provider);

        Assert.NotNull(index);
        Assert.NotEmpty(index.Items);
    }

    [Fact]
    public async Task A_search_whose_visitor_gives_up_does_not_stop_the_build_for_everyone_else()
    {
        await using var factory = new PortalFactory(TestDatabase.Copy(Sjabloon.Kaart), new Dictionary<string, string?>
        {
            [KaartIndexOpwarming.Instelling] = "false",
        });
        var provider = factory.Services.GetRequiredService<KaartIndexProvider>();
        Assert.Null(provider.Huidig);

        // The first visitor closes the tab while the index is being built.
        using var weg = new CancellationTokenSource();
        var eerste = provider.GetAsync(weg.Token);
        await weg.CancelAsync();
        try
        {
            await eerste;
        }
        catch (OperationCanceledException)
        {
            // Only this visitor stopped waiting.
        }

        // The build went on: the index arrives without anyone searching again.
        var index = await WachtOpIndexAsync(provider);
        Assert.NotNull(index);
        Assert.NotEmpty(index.Items);
    }

    [Fact]
    public async Task Ready_means_the_search_index_is_there()
    {
        await using var factory = new PortalFactory(TestDatabase.Copy(Sjabloon.Kaart), new Dictionary<string, string?>
        {
            [KaartIndexOpwarming.Instelling] = "false",
        });
        var provider = factory.Services.GetRequiredService<KaartIndexProvider>();
        using var client = factory.CreateClient();

        using var ready = await client.GetAsync("/health/ready");

        Assert.Equal(System.Net.HttpStatusCode.OK, ready.StatusCode);
        Assert.NotNull(provider.Huidig);
    }

    private static async Task<KaartIndex?> WachtOpIndexAsync(KaartIndexProvider provider)
    {
        for (var i = 0; i < 100 && provider.Huidig is null; i++)
        {
            await Task.Delay(100);
        }

        return provider.Huidig;
    }
}
