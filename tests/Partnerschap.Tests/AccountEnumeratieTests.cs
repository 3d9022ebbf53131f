using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.Account;

namespace Partnerschap.Tests;

/// <summary>
/// A failed sign-in tells nothing about the account: the same message and the same work (one password hash) for an
/// unknown, invited, deactivated, locked or known account. Counting the hashes, not timing them, keeps this exact.
/// </summary>
public sealed class AccountEnumeratieTests : IAsyncDisposable
{
    private readonly TellendeHasher _hasher = new();
    private readonly PortalFactory _factory;

    public AccountEnumeratieTests() => _factory = new PortalFactory
    {
        ExtraServices = services =>
        {
            services.AddSingleton<IPasswordHasher<PortalUser>>(sp =>
            {
                _hasher.Echte = ActivatorUtilities.CreateInstance<PasswordHasher<PortalUser>>(sp);
                return _hasher;
            });
        },
    };

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Every_failed_sign_in_shows_one_message_and_costs_one_password_hash_whatever_the_account_state()
    {
        await _factory.CreateUserAsync("gekend@example.org", Rollen.Welzijnswerker);
        await _factory.CreateUserAsync("uitgenodigd@example.org", Rollen.Welzijnswerker);
        await _factory.CreateUserAsync("uitgeschakeld@example.org", Rollen.Welzijnswerker);
        await _factory.CreateUserAsync("geblokkeerd@example.org", Rollen.Welzijnswerker);
        await _factory.WithUsersAsync(async users =>
        {
            var uitgenodigd = (await users.FindByEmailAsync("uitgenodigd@example.org"))!;
            uitgenodigd.EmailConfirmed = false;
            await users.UpdateAsync(uitgenodigd);
            var uitgeschakeld = (await users.FindByEmailAsync("uitgeschakeld@example.org"))!;
            uitgeschakeld.Gedeactiveerd = true;
            await users.UpdateAsync(uitgeschakeld);
            await users.SetLockoutEndDateAsync((await users.FindByEmailAsync("geblokkeerd@example.org"))!, DateTimeOffset.UtcNow.AddDays(1));
        });

        var pogingen = new (string Email, string Wachtwoord)[]
        {
            ("niemand@example.org", "een willekeurig wachtwoord"),
            ("gekend@example.org", "een verkeerd wachtwoord"),
            ("uitgenodigd@example.org", PortalFactory.Wachtwoord),
            ("uitgeschakeld@example.org", PortalFactory.Wachtwoord),
            ("geblokkeerd@example.org", PortalFactory.Wachtwoord),
        };
        var meldingen = new List<string>();
        foreach (var (email, wachtwoord) in pogingen)
        {
            var client = _factory.CreateClient();
            await Html.AntiforgeryTokenAsync(client, "/aanmelden"); // the page itself hashes nothing
            var voor = _hasher.Verificaties;
            using var response = await Html.SignInAsync(client, email, wachtwoord);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True(_hasher.Verificaties - voor == 1, $"{email}: {_hasher.Verificaties - voor} wachtwoordcontroles");
            meldingen.Add((await Html.ParseAsync(response)).Text(".foutenoverzicht"));
        }

        Assert.Single(meldingen.Distinct());
        Assert.Contains(AccountController.AanmeldenMisluktTekst, meldingen[0]);
    }

    private sealed class TellendeHasher : IPasswordHasher<PortalUser>
    {
        private int _verificaties;

        public PasswordHasher<PortalUser> Echte { get; set; } = null!;

        public int Verificaties => Volatile.Read(ref _verificaties);

        public string HashPassword(PortalUser user, string password) => Echte.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(PortalUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verificaties);
            return Echte.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
