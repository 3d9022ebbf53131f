using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Infrastructure.Seeding;

namespace Partnerschap.Tests;

/// <summary>What an operator relies on: health, error pages, headers, rate limits, several instances.</summary>
public sealed class OperationsTests
{
    [Fact]
    public async Task Health_answers_and_ready_says_the_database_is_reachable_and_migrated()
    {
        await using var factory = new PortalFactory();
        using var client = factory.CreateClient();

        using var alive = await client.GetAsync("/health");
        using var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_is_unhealthy_while_migrations_are_pending_and_alive_stays_up()
    {
        await using var factory = new PortalFactory(PortalFactory.NewDatabasePath(), new Dictionary<string, string?> { ["Database:MigrateOnStartup"] = "false" });
        using var client = factory.CreateClient();

        using var alive = await client.GetAsync("/health");
        using var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_Dutch_404_page_also_when_not_signed_in()
    {
        await using var factory = new PortalFactory();
        using var client = factory.CreateClient();

        foreach (var path in new[] { "/bestaat-niet", "/iets/heel/diep", "/bestand.js", "/fout/404" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var page = await Html.ParseAsync(response);
            Assert.Equal("Deze pagina bestaat niet", page.Text("h1"));
            Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
        }
    }

    [Fact]
    public async Task A_page_without_access_gets_the_Dutch_403_page()
    {
        await using var factory = new PortalFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/geen-toegang");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Je hebt geen toegang tot deze pagina", (await Html.ParseAsync(response)).Text("h1"));
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers_and_HSTS_outside_development()
    {
        await using var factory = new PortalFactory();
        using var client = factory.CreateClient();

        foreach (var path in new[] { "/", "/aanmelden", "/bestaat-niet", "/css/site.css" })
        {
            using var response = await client.GetAsync(path);
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.Contains("script-src 'self'", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
            Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")));
            Assert.Contains("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
        }
    }

    [Fact]
    public async Task No_page_contains_inline_script_or_assets_from_elsewhere()
    {
        await using var factory = new PortalFactory();
        using var client = factory.CreateClient();

        foreach (var path in EndpointSecurityTests.PublicEndpoints.Where(e => e.StartsWith("GET /", StringComparison.Ordinal) && !e.Contains("health", StringComparison.Ordinal)).Select(e => e[4..]))
        {
            var page = await Html.ParseAsync(await client.GetAsync(path));
            // JSON-LD is a data block that browsers never execute; every real script comes from our own origin.
            Assert.All(page.QuerySelectorAll("script:not([type='application/ld+json'])"), s => Assert.StartsWith("/", s.GetAttribute("src") ?? "inline"));
            Assert.Empty(page.QuerySelectorAll("[style]"));
            Assert.All(page.QuerySelectorAll("link[href]"), l => Assert.StartsWith("/", l.GetAttribute("href")!));
        }
    }

    [Fact]
    public async Task Too_many_sign_in_attempts_get_429_with_a_Dutch_page()
    {
        await using var factory = new PortalFactory(settings: new Dictionary<string, string?> { ["RateLimits:AanmeldenPerMinuut"] = "3" });
        using var client = factory.CreateClient();
        var token = await Html.AntiforgeryTokenAsync(client, "/aanmelden");

        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.PostAsync("/aanmelden", new FormUrlEncodedContent(
                [new("__af", token), new("Email", "iemand@example.org"), new("Wachtwoord", "een fout wachtwoord")]));
            codes.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("Even geduld", (await Html.ParseAsync(response)).Text("h1"));
                Assert.Equal("60", response.Headers.RetryAfter?.ToString());
            }
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], codes);
    }

    [Fact]
    public async Task Too_many_public_form_posts_get_429()
    {
        await using var factory = new PortalFactory(settings: new Dictionary<string, string?> { ["RateLimits:FormulierPerMinuut"] = "2" });
        using var client = factory.CreateClient();
        var token = await Html.AntiforgeryTokenAsync(client, "/wachtwoord-vergeten");

        var last = HttpStatusCode.OK;
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.PostAsync("/wachtwoord-vergeten", new FormUrlEncodedContent([new("__af", token), new("Email", "x@example.org")]));
            last = response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last);
    }

    [Fact]
    public async Task An_unexpected_error_shows_the_Dutch_500_page_without_a_stack_trace()
    {
        await using var factory = new ThrowingFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/test/ontplof");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Er liep iets mis", body);
        Assert.DoesNotContain("InvalidOperationException", body);
        Assert.DoesNotContain("ThrowingController", body);
    }

    [Fact]
    public async Task Two_instances_on_one_database_share_keys_so_a_sign_in_on_one_works_on_the_other()
    {
        await using var first = new PortalFactory();
        await using var second = new PortalFactory(first.DatabasePath);
        await first.CreateUserAsync("gedeeld@example.org");
        var client = await Html.SignedInClientAsync(first, "gedeeld@example.org");

        // Carry the browser's cookies to the other instance, as a load balancer would.
        using var onFirst = await client.GetAsync("/mijn-account");
        var cookieHeader = string.Join("; ", onFirst.RequestMessage!.Headers.GetValues("Cookie"));
        using var other = second.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/mijn-account");
        request.Headers.Add("Cookie", cookieHeader);
        using var onSecond = await other.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, onSecond.StatusCode);
        Assert.True(await first.WithDbAsync(db => db.DataProtectionKeys.CountAsync()) >= 1);
    }

    [Fact]
    public async Task Development_gets_one_demo_account_per_role_and_other_environments_get_none()
    {
        await using var development = new PortalFactory(environment: "Development");
        await using var testing = new PortalFactory();
        using var devClient = development.CreateClient();
        using var testClient = testing.CreateClient();

        foreach (var (email, _, _) in DemoAccountSeeder.Accounts)
        {
            using var dev = await Html.SignInAsync(devClient, email, DemoAccountSeeder.DemoWachtwoord);
            Assert.Equal(HttpStatusCode.Redirect, dev.StatusCode);
            using var signOut = await Html.SubmitAsync(devClient, "/", "/afmelden", new Dictionary<string, string>());
            using var test = await Html.SignInAsync(testClient, email, DemoAccountSeeder.DemoWachtwoord);
            Assert.Equal(HttpStatusCode.BadRequest, test.StatusCode);
        }

        Assert.Equal(0, await testing.WithDbAsync(db => db.Users.CountAsync()));
        var home = await Html.ParseAsync(await devClient.GetAsync("/"));
        Assert.Contains("Demogegevens", home.Text(".demo-melding"));

        // The demo Welzijnswerker and Schoolmedewerker are the two sides of one samenwerking: the partner scan can be tried.
        var samen = await development.WithDbAsync(db => (
            from w in db.Lidmaatschappen where w.Gebruiker!.Email == "welzijnswerker@example.org"
            from s in db.Lidmaatschappen where s.Gebruiker!.Email == "schoolmedewerker@example.org"
            from sw in db.Samenwerkingen where sw.OrganisatieId == w.OrganisatieId && sw.SchoolId == s.SchoolId && sw.Status == Partnerschap.Web.Domain.SamenwerkingStatus.Actief
            select (Guid?)sw.Id).FirstOrDefaultAsync());
        Assert.NotNull(samen);
        foreach (var email in new[] { "welzijnswerker@example.org", "schoolmedewerker@example.org" })
        {
            using var lid = development.CreateClient();
            using var aangemeld = await Html.SignInAsync(lid, email, DemoAccountSeeder.DemoWachtwoord);
            using var scan = await lid.GetAsync($"/samenwerkingen/{samen}/scan");
            Assert.Equal(HttpStatusCode.OK, scan.StatusCode);
        }
    }

    private sealed class ThrowingFactory : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.AddControllersWithViews().AddApplicationPart(typeof(ThrowingController).Assembly));
        }
    }
}

[AllowAnonymous]
public sealed class ThrowingController : Controller
{
    [HttpGet("test/ontplof")]
    public IActionResult Ontplof() => throw new InvalidOperationException("geheime details");
}
