using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Domain;

namespace Partnerschap.Tests;

/// <summary>
/// Walks every endpoint the portal maps. An endpoint that is not on the public list below must send an
/// anonymous visitor to the sign-in page, and every endpoint that accepts an unsafe method must refuse a
/// request without antiforgery token. A new endpoint is covered the moment it is mapped.
/// </summary>
public sealed partial class EndpointSecurityTests(EndpointSecurityTests.Fixture fixture) : IClassFixture<EndpointSecurityTests.Fixture>
{
    /// <summary>What anyone may reach without signing in. Adding a line here is a security decision.</summary>
    public static readonly IReadOnlySet<string> PublicEndpoints = new HashSet<string>
    {
        "GET /",
        "GET /over",
        "GET /toegankelijkheid",
        "GET /privacy",
        "GET /contact",
        "GET /sociale-kaart",
        "GET /sociale-kaart/export.csv",
        "GET /organisaties/{slug}",
        "GET /organisaties/{slug}/fiche",
        "GET /scholen/{slug}",
        "GET /brugfiguren/{slug}",
        "GET /doorverwijslijst",
        "POST /doorverwijslijst/toevoegen",
        "POST /doorverwijslijst/verwijderen",
        "POST /doorverwijslijst/bewaren",
        "POST /doorverwijslijst/leegmaken",
        "GET /gids",
        "GET /gids/{slug}",
        "GET /gids/afdrukken",
        "GET /gids/zoeken",
        "POST /gids/{slug}/nuttig",
        "GET /aanmelden",
        "POST /aanmelden",
        "GET /wachtwoord-vergeten",
        "POST /wachtwoord-vergeten",
        "GET /wachtwoord-herstellen",
        "POST /wachtwoord-herstellen",
        "GET /wachtwoord-instellen",
        "POST /wachtwoord-instellen",
        "GET /e-mailadres-bevestigen",
        "POST /e-mailadres-bevestigen",
        "GET /geen-toegang",
        "GET /uitnodiging",
        "POST /uitnodiging",
        "GET /{soort:regex(^(organisaties|scholen|brugfiguren)$)}/{slug}/meld-een-fout",
        "POST /{soort:regex(^(organisaties|scholen|brugfiguren)$)}/{slug}/meld-een-fout",
        "GET /organisatie-toevoegen",
        "GET /organisatie-toevoegen/gegevens",
        "POST /organisatie-toevoegen/gegevens",
        "GET /organisatie-toevoegen/bevestigen",
        "POST /organisatie-toevoegen/bevestigen",
        "GET /organisatie-toevoegen/{code}",
        "POST /organisatie-toevoegen/{code}",
        "GET /{soort:regex(^(organisaties|scholen|brugfiguren)$)}/{slug}/suggestie",
        "POST /{soort:regex(^(organisaties|scholen|brugfiguren)$)}/{slug}/suggestie",
        "* /fout/{code:int}",
        "* /{**pad}",
        "GET /ontwikkeling/outbox",
        "GET /health",
        "GET /health/ready",
        "GET /api/hsds",
        "GET /api/hsds/services",
        "GET /api/hsds/services/{id}",
        "GET /api/hsds/organizations",
        "GET /api/hsds/organizations/{id}",
        "GET /api/hsds/service_at_locations",
        "GET /api/hsds/service_at_locations/{id}",
        "GET /api/hsds/taxonomies",
        "GET /api/hsds/taxonomies/{id}",
        "GET /api/hsds/taxonomy_terms",
        "GET /api/hsds/taxonomy_terms/{id}",
        "GET /api/hsds/{**pad}",
        "GET /open-data",
        "GET /open-data/hsds-datapackage.zip",
        "GET /regio",
        "GET /regio/cijfers.csv",
        "GET /regio/{gemeente}",
        "GET /samenwerkingsscan",
        "POST /samenwerkingsscan",
        "POST /samenwerkingsscan/resultaat",
    };

    /// <summary>Endpoints that accept any method but change nothing: error pages.</summary>
    private static readonly HashSet<string> NoAntiforgeryNeeded = new HashSet<string> { "* /fout/{code:int}", "* /{**pad}" };

    private static readonly string[] UnsafeMethods = ["POST", "PUT", "PATCH", "DELETE"];

    [Fact]
    public void Every_mapped_endpoint_is_found_and_the_public_list_has_no_stale_entries()
    {
        var mapped = fixture.Endpoints.Select(e => e.Key).ToHashSet();
        Assert.Contains("GET /", mapped);
        Assert.Contains("POST /aanmelden", mapped);
        Assert.Empty(PublicEndpoints.Except(mapped));
    }

    [Fact]
    public async Task Every_endpoint_not_on_the_public_list_sends_an_anonymous_visitor_to_sign_in()
    {
        var client = fixture.Factory.CreateClient();
        var failures = new List<string>();
        foreach (var endpoint in fixture.Endpoints.Where(e => !PublicEndpoints.Contains(e.Key)))
        {
            foreach (var method in endpoint.Methods)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), endpoint.SamplePath)
                {
                    Content = method == "GET" ? null : new FormUrlEncodedContent([]),
                };
                using var response = await client.SendAsync(request);
                var location = response.Headers.Location?.ToString() ?? string.Empty;
                if (response.StatusCode != HttpStatusCode.Redirect || !location.Contains("/aanmelden", StringComparison.Ordinal))
                {
                    failures.Add($"{method} {endpoint.SamplePath}: {(int)response.StatusCode} {location}");
                }
            }
        }

        Assert.True(fixture.Endpoints.Count(e => !PublicEndpoints.Contains(e.Key)) >= 5, "te weinig beschermde endpoints gevonden");
        Assert.Empty(failures);
    }

    [Fact]
    public async Task Every_public_endpoint_answers_an_anonymous_visitor_without_asking_to_sign_in()
    {
        var client = fixture.Factory.CreateClient();
        var failures = new List<string>();
        foreach (var endpoint in fixture.Endpoints.Where(e => PublicEndpoints.Contains(e.Key) && e.Methods.Contains("GET")))
        {
            using var response = await client.GetAsync(endpoint.SamplePath);
            var location = response.Headers.Location?.ToString() ?? string.Empty;
            if (location.Contains("/aanmelden", StringComparison.Ordinal) || (int)response.StatusCode >= 500)
            {
                failures.Add($"GET {endpoint.SamplePath}: {(int)response.StatusCode} {location}");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task Every_unsafe_method_refuses_a_request_without_antiforgery_token()
    {
        var anonymous = fixture.Factory.CreateClient();
        var signedIn = await Html.SignedInClientAsync(fixture.Factory, Fixture.BeheerderEmail);
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var endpoint in fixture.Endpoints.Where(e => !NoAntiforgeryNeeded.Contains(e.Key)))
        {
            var client = PublicEndpoints.Contains(endpoint.Key) ? anonymous : signedIn;
            foreach (var method in endpoint.Methods.Intersect(UnsafeMethods))
            {
                checkedCount++;
                using var request = new HttpRequestMessage(new HttpMethod(method), endpoint.SamplePath)
                {
                    Content = new FormUrlEncodedContent([new("Email", "iemand@example.org")]),
                };
                using var response = await client.SendAsync(request);
                if (response.StatusCode != HttpStatusCode.BadRequest)
                {
                    failures.Add($"{method} {endpoint.SamplePath}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(checkedCount >= 8, $"maar {checkedCount} onveilige endpoints gevonden");
        Assert.Empty(failures);
    }

    [Fact]
    public async Task A_request_without_antiforgery_token_gets_the_Dutch_400_page()
    {
        var client = fixture.Factory.CreateClient();

        // A form field named like a route value ("code") must not change which error page is shown.
        using var response = await client.PostAsync("/wachtwoord-instellen", new FormUrlEncodedContent([new("Email", "a@example.org"), new("code", "abc")]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await Html.ParseAsync(response);
        Assert.Equal("Er klopt iets niet in je aanvraag", document.Text("h1"));
    }

    public sealed record EndpointInfo(string Pattern, IReadOnlyList<string> Methods)
    {
        public string Key => $"{(Methods.Count == AllMethods.Length ? "*" : string.Join(",", Methods))} {Pattern}";

        public static readonly string[] AllMethods = ["GET", "POST", "PUT", "PATCH", "DELETE"];

        /// <summary>The pattern with each route parameter filled in: numbers for int constraints, a word otherwise.</summary>
        /// <summary>The pattern with a value for each parameter that its constraint accepts (so routing reaches the endpoint).</summary>
        public string SamplePath => RouteParameter().Replace(Pattern, m => m.Value switch
        {
            var v when v.Contains(":int", StringComparison.Ordinal) => "404",
            var v when v.Contains(":guid", StringComparison.Ordinal) => Guid.Empty.ToString(),
            var v when v.Contains(":regex(^(", StringComparison.Ordinal) => v[(v.IndexOf(":regex(^(", StringComparison.Ordinal) + 9)..].Split('|', ')')[0],
            _ => "voorbeeld",
        });
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();

    public sealed class Fixture : ZonderKaartFixture
    {
        public const string BeheerderEmail = "beheerder.endpoints@example.org";

        public IReadOnlyList<EndpointInfo> Endpoints { get; private set; } = [];

        protected override async Task SeedAsync()
        {
            await Factory.CreateUserAsync(BeheerderEmail, Rollen.Beheerder);
            Endpoints = [.. Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
                .OfType<RouteEndpoint>()
                .Select(e => new EndpointInfo(
                    "/" + (e.RoutePattern.RawText ?? string.Empty).TrimStart('/'),
                    e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Where(m => m != "HEAD").ToArray()
                        ?? EndpointInfo.AllMethods))
                .GroupBy(e => e.Key)
                .Select(g => g.First())];
        }
    }
}
