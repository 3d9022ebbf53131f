using System.Net;
using Partnerschap.Tests.Infrastructure;

namespace Partnerschap.Tests;

/// <summary>X-Forwarded-For is believed only from the proxies the operator named; nobody else picks their own address.</summary>
public sealed class ForwardedHeadersTests
{
    private static readonly Dictionary<string, string?> TienAanmeldingen = new() { ["RateLimits:AanmeldenPerMinuut"] = "10" };

    private static async Task<List<HttpStatusCode>> AanmeldenAsync(HttpClient client, Func<int, string> forwardedFor)
    {
        var statussen = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/aanmelden") { Content = new FormUrlEncodedContent([]) };
            request.Headers.Add("X-Forwarded-For", forwardedFor(i));
            using var response = await client.SendAsync(request);
            statussen.Add(response.StatusCode);
        }

        return statussen;
    }

    [Fact]
    public async Task Without_configured_proxies_a_client_cannot_rotate_X_Forwarded_For_past_the_sign_in_limit()
    {
        await using var factory = new PortalFactory(settings: TienAanmeldingen) { RemoteIp = IPAddress.Parse("203.0.113.7") };
        using var client = factory.CreateClient();

        var statussen = await AanmeldenAsync(client, i => $"198.51.100.{i + 1}");

        Assert.All(statussen.Take(10), s => Assert.NotEqual(HttpStatusCode.TooManyRequests, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statussen[10]);
    }

    [Fact]
    public async Task Behind_a_configured_proxy_each_forwarded_client_has_its_own_limit()
    {
        var settings = new Dictionary<string, string?>(TienAanmeldingen) { ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1" };
        await using var factory = new PortalFactory(settings: settings) { RemoteIp = IPAddress.Loopback };
        using var client = factory.CreateClient();

        var verschillend = await AanmeldenAsync(client, i => $"198.51.100.{i + 1}");
        var dezelfde = await AanmeldenAsync(client, _ => "198.51.100.200");

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, verschillend);
        Assert.Equal(HttpStatusCode.TooManyRequests, dezelfde[10]);
    }

    [Fact]
    public async Task A_proxy_that_is_not_configured_is_not_believed()
    {
        var settings = new Dictionary<string, string?>(TienAanmeldingen) { ["ForwardedHeaders:KnownNetworks:0"] = "10.0.0.0/8" };
        await using var factory = new PortalFactory(settings: settings) { RemoteIp = IPAddress.Parse("192.0.2.10") };
        using var client = factory.CreateClient();

        var statussen = await AanmeldenAsync(client, i => $"198.51.100.{i + 1}");

        Assert.Equal(HttpStatusCode.TooManyRequests, statussen[10]);
    }
}
