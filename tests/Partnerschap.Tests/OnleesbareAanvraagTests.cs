using System.Net;
using System.Net.Sockets;
using System.Text;
using Partnerschap.Tests.Infrastructure;

namespace Partnerschap.Tests;

/// <summary>
/// Requests the portal cannot read get their own Dutch page and status, on the real server (Kestrel) that enforces the
/// limits: too large (413), too many form fields (400), a body that stalls (408), a host that is not ours (400).
/// </summary>
public sealed class OnleesbareAanvraagTests : IAsyncLifetime
{
    private readonly PortalFactory _factory = new(settings: new Dictionary<string, string?> { ["Limieten:FormulierLeestijd"] = "00:00:02" });
    private int _poort;

    public ValueTask InitializeAsync()
    {
        _poort = VrijePoort();
        _factory.UseKestrel(_poort);
        _factory.StartServer();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    /// <summary>Sends raw HTTP/1.1 (so nothing in between fixes the request up) and returns the response text.</summary>
    private async Task<string> RauwAsync(string kop, byte[]? lichaam = null, TimeSpan? wachtNaKop = null)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, _poort);
        var stroom = tcp.GetStream();
        await stroom.WriteAsync(Encoding.ASCII.GetBytes(kop));
        if (lichaam is not null)
        {
            try
            {
                await stroom.WriteAsync(lichaam);
            }
            catch (IOException)
            {
                // The server may answer and close before it read everything: that is the point.
            }
        }

        if (wachtNaKop is { } wacht)
        {
            await Task.Delay(wacht);
        }

        using var lezer = new StreamReader(stroom, Encoding.UTF8);
        using var tijd = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            return await lezer.ReadToEndAsync(tijd.Token);
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }

    [Fact]
    public async Task A_body_larger_than_the_limit_gets_413_with_a_Dutch_page()
    {
        var lichaam = new byte[64 * 1024];
        Array.Fill(lichaam, (byte)'a');
        var antwoord = await RauwAsync(
            $"POST /wachtwoord-vergeten HTTP/1.1\r\nHost: partnerschap.test\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {50 * 1024 * 1024}\r\nConnection: close\r\n\r\n",
            lichaam);

        Assert.StartsWith("HTTP/1.1 413", antwoord);
        Assert.Contains("Je aanvraag is te groot", antwoord);
    }

    [Fact]
    public async Task A_form_with_more_than_1024_fields_gets_400_with_a_Dutch_page()
    {
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Host = "partnerschap.test";
        var velden = Enumerable.Range(0, 1100).Select(i => new KeyValuePair<string, string>($"veld{i}", "x"));

        using var response = await client.PostAsync("/wachtwoord-vergeten", new FormUrlEncodedContent(velden));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Er klopt iets niet in je aanvraag", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_body_that_stalls_gets_408_with_a_Dutch_page()
    {
        var antwoord = await RauwAsync(
            "POST /wachtwoord-vergeten HTTP/1.1\r\nHost: partnerschap.test\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 10000\r\nConnection: close\r\n\r\nEmail=a",
            lichaam: null);

        Assert.True(antwoord.StartsWith("HTTP/1.1 408", StringComparison.Ordinal), antwoord);
        Assert.Contains("Je aanvraag kwam te traag binnen", antwoord);
    }

    [Fact]
    public async Task A_foreign_host_header_is_refused_and_never_ends_up_in_a_redirect()
    {
        var vreemd = await RauwAsync("GET /mijn-account HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        var eigen = await RauwAsync("GET /mijn-account HTTP/1.1\r\nHost: partnerschap.test\r\nConnection: close\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 400", vreemd);
        Assert.DoesNotContain("evil.example", vreemd);
        Assert.StartsWith("HTTP/1.1 302", eigen);
        Assert.Contains("Location: /aanmelden?terug=%2Fmijn-account", eigen);
    }

    private static int VrijePoort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
