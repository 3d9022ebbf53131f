using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Partnerschap.Tests.Infrastructure;

namespace Partnerschap.Tests;

/// <summary>The relevance test map alone (Fixtures/relevantie.hsds.json): 89 fictional organisations, imported for real.</summary>
public sealed class RelevantieFixture : KaartFixture
{
    protected override Sjabloon Sjabloon => Sjabloon.Gemigreerd;

    protected override IEnumerable<string> ExtraBestanden => ["relevantie.hsds.json"];

    /// <summary>Every result of the search, all pages, as slugs in order.</summary>
    public async Task<List<string>> ResultatenAsync(RelevantieVraag vraag)
    {
        var resultaten = new List<string>();
        for (var pagina = 1; ; pagina++)
        {
            var (_, page, _) = await ZoekAsync(vraag.Query(pagina));
            var slugs = page.QuerySelectorAll(".treffer h3 a[href^='/organisaties/']")
                .Select(a => a.GetAttribute("href")!["/organisaties/".Length..]).ToList();

            // Past the last page the portal shows the last page again.
            if (slugs.Count == 0 || (pagina > 1 && resultaten.TakeLast(slugs.Count).SequenceEqual(slugs)))
            {
                return resultaten;
            }

            resultaten.AddRange(slugs);
            if (slugs.Count < 20)
            {
                return resultaten;
            }
        }
    }
}

/// <summary>
/// One query of the relevance set (Fixtures/relevantie.json, also read by bench/relevantie.sh): what a zorgcoördinator
/// types, the organisations that must be in the first 5, those that must not appear at all, and, while the search
/// cannot do it yet, why not.
/// </summary>
public sealed record RelevantieVraag(
    string? Q, string? Gemeente, string? Bereik, Dictionary<string, string[]>? Filters, string Situatie,
    string[] Top5, string[] Nooit, string? BekendProbleem)
{
    private static readonly Lazy<IReadOnlyList<RelevantieVraag>> Set = new(() =>
    {
        using var stream = File.OpenRead(KaartFixture.Fixture("relevantie.json"));
        using var document = JsonDocument.Parse(stream);
        var vragen = document.RootElement.GetProperty("vragen").Deserialize<List<RelevantieVraag>>(JsonSerializerOptions.Web)!;
        var dubbel = vragen.GroupBy(v => v.Naam).FirstOrDefault(g => g.Count() > 1);
        return dubbel is null ? vragen : throw new InvalidOperationException($"Dubbele zoekvraag in relevantie.json: {dubbel.Key}");
    });

    public static IReadOnlyList<RelevantieVraag> Alle => Set.Value;

    /// <summary>The query string, as the search form would send it.</summary>
    public string Query(int pagina = 1)
    {
        var velden = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value)
        {
            if (value is not null)
            {
                velden.Add(new(key, value));
            }
        }

        Add("q", Q);
        Add("gemeente", Gemeente);
        Add("bereik", Bereik);
        foreach (var (key, values) in Filters ?? [])
        {
            foreach (var value in values)
            {
                Add(key, value);
            }
        }

        Add("pagina", pagina > 1 ? pagina.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        return QueryString.Create(velden).Value!;
    }

    /// <summary>How the query reads in a test name: "uithuiszetting @ Gent".</summary>
    public string Naam =>
        string.Join(" ", new[] { Q is null ? null : $"\"{Q}\"", Gemeente is null ? null : $"@ {Gemeente}", Bereik is null ? null : $"binnen {Bereik} km" }
            .Concat((Filters ?? []).Select(f => $"{f.Key}={string.Join(",", f.Value)}"))
            .OfType<string>());

    /// <summary>How many of <see cref="Top5"/> are in the first 5 results, and whether the query passes completely.</summary>
    public (int Gevonden, bool Geslaagd) Beoordeel(IReadOnlyList<string> resultaten)
    {
        var gevonden = Top5.Count(s => resultaten.Take(5).Contains(s));
        return (gevonden, gevonden == Top5.Length && !Nooit.Any(resultaten.Contains));
    }
}

/// <summary>
/// Search quality, measured: every query of the relevance set finds what a zorgcoördinator expects, over real HTTP on
/// real SQLite; the whole set scores at least the numbers in docs/sociale-kaart-zoeken.md#relevantie.
/// </summary>
public sealed class RelevantieTests(RelevantieFixture kaart) : IClassFixture<RelevantieFixture>
{
    // Floors: the scores of docs/sociale-kaart-zoeken.md#relevantie. Raise them when the search gets better; a change
    // that makes them fail made the search worse for someone.
    private const double MinimumHitsBij5 = 0.95;
    private const double MinimumGeslaagd = 0.95;
    private const double MaximumZonderResultaat = 0.025;

    public static TheoryData<string> Vragen => [.. RelevantieVraag.Alle.Select(v => v.Naam)];

    [Theory]
    [MemberData(nameof(Vragen))]
    public async Task A_query_of_the_relevance_set_finds_the_expected_organisations_first(string vraag)
    {
        var v = RelevantieVraag.Alle.Single(x => x.Naam == vraag);
        // RELEVANTIE_ALLES=1 runs the known problems too, to see which ones a change of the search solved.
        Assert.SkipWhen(v.BekendProbleem is not null && Environment.GetEnvironmentVariable("RELEVANTIE_ALLES") is null, $"Bekend probleem: {v.BekendProbleem}");

        var resultaten = await kaart.ResultatenAsync(v);

        var top5 = string.Join(", ", resultaten.Take(5));
        Assert.True(v.Top5.All(resultaten.Take(5).Contains),
            $"{v.Situatie}\nVerwacht in de eerste 5: {string.Join(", ", v.Top5.Except(resultaten.Take(5)))}\nGevonden: {top5}");
        Assert.False(v.Nooit.Any(resultaten.Contains),
            $"{v.Situatie}\nMag niet verschijnen: {string.Join(", ", v.Nooit.Intersect(resultaten))}\nGevonden: {string.Join(", ", resultaten)}");
    }

    [Fact]
    public async Task Every_page_together_holds_every_profile_once()
    {
        // Five pages of 20: only the best page × 20 hits are kept per search, so each page must still be right.
        var alle = await kaart.ResultatenAsync(new RelevantieVraag(null, null, null, new() { ["sorteer"] = ["naam"] }, "alles", [], [], null));

        Assert.Equal(89, alle.Count);
        Assert.Equal(alle.Count, alle.Distinct().Count());
    }

    [Fact]
    public async Task The_relevance_set_scores_at_least_the_documented_hits_at_5_and_zero_result_rate()
    {
        int nodig = 0, gevonden = 0, geslaagd = 0, zonderResultaat = 0;
        foreach (var v in RelevantieVraag.Alle)
        {
            var resultaten = await kaart.ResultatenAsync(v);
            var (treffers, goed) = v.Beoordeel(resultaten);
            nodig += v.Top5.Length;
            gevonden += treffers;
            geslaagd += goed && v.BekendProbleem is null ? 1 : 0;
            zonderResultaat += resultaten.Count == 0 ? 1 : 0;
        }

        var n = RelevantieVraag.Alle.Count;
        Assert.True(n >= 100, $"De relevantieset heeft maar {n} zoekvragen.");
        Assert.True((double)gevonden / nodig >= MinimumHitsBij5, $"hits@5 {gevonden}/{nodig} zakte onder {MinimumHitsBij5:P0}.");
        Assert.True((double)geslaagd / n >= MinimumGeslaagd, $"volledig goed {geslaagd}/{n} zakte onder {MinimumGeslaagd:P0}.");
        Assert.True((double)zonderResultaat / n <= MaximumZonderResultaat, $"zonder resultaat {zonderResultaat}/{n} steeg boven {MaximumZonderResultaat:P0}.");
    }
}
