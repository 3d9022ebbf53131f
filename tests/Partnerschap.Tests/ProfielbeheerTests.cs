using System.Net;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Domain;

namespace Partnerschap.Tests;

public sealed class ProfielbeheerTests : IAsyncLifetime
{
    private const string Slug = "huiswerkklas-de-sleutel";
    private const string Formulier = "form.profielformulier";
    private readonly PortalFactory _factory = new();

    public async ValueTask InitializeAsync()
    {
        var result = await KaartFixture.ImportAsync(_factory, KaartFixture.Fixture("kaart.hsds.json"), KaartFixture.Fixture("scholen.json"));
        Assert.True(result.Gelukt, string.Join("\n", result.Fouten));
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    private async Task<HttpClient> LidAsync(string email = "lid@example.org")
    {
        var user = await _factory.CreateUserAsync(email, Rollen.Welzijnswerker);
        await _factory.AddMembershipAsync(user, Slug);
        return await Html.SignedInClientAsync(_factory, email);
    }

    [Fact]
    public async Task A_member_changes_the_description_and_searchers_see_it_at_once()
    {
        using var client = await LidAsync();

        using var saved = await Html.SubmitFormAsync(client, $"/organisaties/{Slug}/bewerken", Formulier,
            f => f.With("Formulier.Beschrijving", "Elke dinsdag en donderdag huiswerkbegeleiding met vrijwillige studenten."));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var anonymous = _factory.CreateClient();
        var profiel = await Html.ParseAsync(await anonymous.GetAsync($"/organisaties/{Slug}"));
        Assert.Contains("vrijwillige studenten", profiel.Text(".profiel-beschrijving"));
        var zoeken = await Html.ParseAsync(await anonymous.GetAsync("/sociale-kaart?q=vrijwillige+studenten"));
        Assert.Contains("Huiswerkklas De Sleutel", zoeken.Text(".treffers"));
    }
}
