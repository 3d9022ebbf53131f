using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Partnerschap.Tests.Infrastructure;

namespace Partnerschap.Tests;

/// <summary>Without Portal:PubliekeUrl, links in mails use the address the server really listens on, not localhost:5080.</summary>
public sealed class PubliekAdresTests
{
    [Fact]
    public async Task Without_a_configured_public_address_mail_links_point_to_the_address_the_portal_listens_on()
    {
        await using var factory = new PortalFactory(settings: new Dictionary<string, string?> { ["Portal:PubliekeUrl"] = "" });
        factory.UseKestrel(0);
        factory.StartServer();
        var adres = new Uri(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        // Over plain http the client keeps no Secure (__Host-) cookies: carry the antiforgery cookie by hand.
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = adres, HandleCookies = false, AllowAutoRedirect = false });
        await factory.CreateUserAsync("vergeten@example.org");
        using var formulier = await client.GetAsync("/wachtwoord-vergeten");
        var cookie = string.Join("; ", formulier.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var token = (await Html.ParseAsync(formulier)).QuerySelector("main form input[name=__af]")!.GetAttribute("value")!;
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, "/wachtwoord-vergeten")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = token, ["Email"] = "vergeten@example.org" }),
        };
        verzoek.Headers.Add("Cookie", cookie);
        using var gevraagd = await client.SendAsync(verzoek);

        Assert.Equal(HttpStatusCode.OK, gevraagd.StatusCode);
        string? tekst = null;
        for (var i = 0; i < 100 && tekst is null; i++)
        {
            tekst = await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(
                db.OutboxMessages.Where(m => m.Aan == "vergeten@example.org").Select(m => m.Tekst)));
            if (tekst is null)
            {
                await Task.Delay(100);
            }
        }

        Assert.NotNull(tekst);
        Assert.Contains($":{adres.Port}/wachtwoord-herstellen?", tekst);
        Assert.DoesNotContain("localhost:5080", tekst);
    }
}
