using System.Net;
using Partnerschap.Tests.Infrastructure;

namespace Partnerschap.Tests;

/// <summary>Under more load than it can carry the portal refuses the excess at once and keeps its health checks quick.</summary>
public sealed class OverbelastingTests
{
    [Fact]
    public async Task Heavy_requests_beyond_the_limit_get_503_with_Retry_After_and_a_Dutch_page_while_health_keeps_answering()
    {
        await using var factory = new PortalFactory(settings: new Dictionary<string, string?>
        {
            ["Overbelasting:Gelijktijdig"] = "1",
            ["Overbelasting:Wachtrij"] = "0",
        });
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/gids/afdrukken")).StatusCode); // warm up

        var zwaar = Enumerable.Range(0, 48).Select(async _ =>
        {
            using var response = await client.GetAsync("/gids/afdrukken");
            return (response.StatusCode, RetryAfter: response.Headers.RetryAfter?.Delta, Tekst: await response.Content.ReadAsStringAsync());
        }).ToList();
        var gezondheid = await client.GetAsync("/health");
        var antwoorden = await Task.WhenAll(zwaar);

        Assert.Equal(HttpStatusCode.OK, gezondheid.StatusCode);
        Assert.All(antwoorden, a => Assert.True(a.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"{(int)a.StatusCode}"));
        var geweigerd = antwoorden.Where(a => a.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.NotEmpty(geweigerd);
        Assert.Contains(antwoorden, a => a.StatusCode == HttpStatusCode.OK);
        Assert.All(geweigerd, a =>
        {
            Assert.Equal(TimeSpan.FromSeconds(5), a.RetryAfter);
            Assert.Contains("Het is even erg druk", a.Tekst);
        });
    }

    private static PortalFactory MetLogbestanden(string map, long maxBytes, params (string, string?)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Serilog:MinimumLevel:Default"] = "Information",
            ["Logbestanden:Pad"] = Path.Combine(map, "portaal-.log"),
            ["Logbestanden:MaxBytesPerBestand"] = maxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Logbestanden:Bestanden"] = "3",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return new PortalFactory(settings: settings);
    }

    /// <summary>The lines of a log file that the portal may still hold open.</summary>
    private static IEnumerable<string> LeesGedeeld(string pad)
    {
        using var stroom = new FileStream(pad, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var lezer = new StreamReader(stroom);
        var regels = new List<string>();
        while (lezer.ReadLine() is { } regel)
        {
            regels.Add(regel);
        }

        return regels;
    }

    private static string NieuweMap() => Path.Combine(Path.GetTempPath(), "partnerschap-tests", "logs-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_flood_of_refused_requests_writes_one_log_line_not_one_per_request()
    {
        var map = NieuweMap();
        await using (var factory = MetLogbestanden(map, 10 * 1024 * 1024, ("RateLimits:AanmeldenPerMinuut", "2")))
        {
            using var client = factory.CreateClient();
            var statussen = new List<HttpStatusCode>();
            for (var i = 0; i < 40; i++)
            {
                using var response = await client.PostAsync("/aanmelden", new FormUrlEncodedContent([]));
                statussen.Add(response.StatusCode);
            }

            Assert.Equal(38, statussen.Count(s => s == HttpStatusCode.TooManyRequests));
        }

        // One background thread writes the log file (LoggingSetup); the portal flushes it while it shuts down, which under
        // WebApplicationFactory finishes just after the factory is disposed. Wait for the writer, at most 10 seconds.
        var regels = new List<string>();
        for (var poging = 0; poging < 100 && !regels.Any(r => r.Contains("geweigerd met 429", StringComparison.Ordinal)); poging++)
        {
            await Task.Delay(100);
            regels = [.. Directory.GetFiles(map).SelectMany(LeesGedeeld)];
        }

        // The refusal line by its text: "429" alone also occurs in timestamps ("…55.7429943Z").
        var weigeringen = regels.Where(r => r.Contains("geweigerd met 429", StringComparison.Ordinal)).ToList();
        Assert.True(weigeringen.Count == 1, $"{weigeringen.Count} regels met de weigering van {regels.Count} in {Directory.GetFiles(map).Length} bestand(en):\n" + string.Join("\n", regels.TakeLast(5)));
    }

    [Fact]
    public async Task Log_files_roll_over_at_their_size_limit_and_only_the_newest_are_kept()
    {
        var map = NieuweMap();
        await using (var factory = MetLogbestanden(map, 4096))
        {
            using var client = factory.CreateClient();
            for (var i = 0; i < 150; i++)
            {
                using var _ = await client.GetAsync($"/gids?i={i}");
            }
        }

        var bestanden = Directory.GetFiles(map);
        Assert.Equal(3, bestanden.Length);
        // A file rolls over once it reaches its limit: it may end with the one event that crossed it.
        Assert.All(bestanden, b => Assert.True(new FileInfo(b).Length <= 4096 + 1024, $"{b}: {new FileInfo(b).Length} bytes"));
    }
}
