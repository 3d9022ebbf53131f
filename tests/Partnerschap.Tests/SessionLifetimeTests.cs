using System.Net;
using Microsoft.Extensions.Time.Testing;
using Partnerschap.Tests.Infrastructure;

namespace Partnerschap.Tests;

/// <summary>An idle session ends after 30 minutes; an active one after 8 hours at the latest.</summary>
public sealed class SessionLifetimeTests : IAsyncDisposable
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly PortalFactory _factory;

    public SessionLifetimeTests() => _factory = new PortalFactory { Clock = _clock };

    [Fact]
    public async Task A_session_left_idle_for_more_than_thirty_minutes_asks_to_sign_in_again()
    {
        await _factory.CreateUserAsync("stil@example.org");
        var client = await Html.SignedInClientAsync(_factory, "stil@example.org");

        _clock.Advance(TimeSpan.FromMinutes(25));
        using var stillIn = await client.GetAsync("/mijn-account");
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);

        _clock.Advance(TimeSpan.FromMinutes(31));
        using var expired = await client.GetAsync("/mijn-account");
        Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
    }

    [Fact]
    public async Task An_active_session_still_ends_eight_hours_after_signing_in()
    {
        await _factory.CreateUserAsync("actief@example.org");
        var client = await Html.SignedInClientAsync(_factory, "actief@example.org");

        for (var minutes = 20; minutes < 8 * 60; minutes += 20)
        {
            _clock.Advance(TimeSpan.FromMinutes(20));
            using var active = await client.GetAsync("/mijn-account");
            Assert.True(active.StatusCode == HttpStatusCode.OK, $"na {minutes} minuten al afgemeld");
        }

        _clock.Advance(TimeSpan.FromMinutes(21));
        using var expired = await client.GetAsync("/mijn-account");
        Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();
}
