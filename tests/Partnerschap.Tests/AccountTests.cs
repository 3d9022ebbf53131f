using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.Account;
using Partnerschap.Web.Infrastructure.Mail;

namespace Partnerschap.Tests;

public sealed partial class AccountTests(ZonderKaartFixture fixture) : IClassFixture<ZonderKaartFixture>
{
    private PortalFactory Factory => fixture.Factory;

    [Fact]
    public async Task A_person_signs_in_with_the_right_password_and_reaches_their_account_page()
    {
        var email = await NewUserAsync(Rollen.Welzijnswerker);
        var client = Factory.CreateClient();

        using var response = await Html.SignInAsync(client, email);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var account = await client.GetAsync("/mijn-account");
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        var page = await Html.ParseAsync(account);
        Assert.Contains(email, page.Text(".gegevens"));
        Assert.Contains("Welzijnswerker", page.Text(".gegevens"));
    }

    [Fact]
    public async Task Signing_in_returns_to_the_page_asked_for_but_never_to_another_site()
    {
        var email = await NewUserAsync();
        var client = Factory.CreateClient();
        var token = await Html.AntiforgeryTokenAsync(client, "/aanmelden?terug=/mijn-account");

        using var local = await client.PostAsync("/aanmelden", Form(token, email, PortalFactory.Wachtwoord, "/mijn-account"));
        Assert.Equal("/mijn-account", local.Headers.Location?.ToString());

        var other = Factory.CreateClient();
        token = await Html.AntiforgeryTokenAsync(other, "/aanmelden");
        using var foreign = await other.PostAsync("/aanmelden", Form(token, email, PortalFactory.Wachtwoord, "https://kwaadaardig.example.org/"));
        Assert.Equal("/", foreign.Headers.Location?.ToString());
    }

    [Fact]
    public async Task The_auth_cookie_is_host_prefixed_secure_httponly_and_lax()
    {
        var email = await NewUserAsync();
        var client = Factory.CreateClient();

        using var response = await Html.SignInAsync(client, email);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-partnerschap=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_wrong_password_gives_a_Dutch_message_that_does_not_say_whether_the_account_exists()
    {
        var email = await NewUserAsync();
        var client = Factory.CreateClient();

        using var wrongPassword = await Html.SignInAsync(client, email, "niet het juiste wachtwoord");
        using var unknownAccount = await Html.SignInAsync(client, "niemand@example.org", "niet het juiste wachtwoord");

        Assert.Equal(HttpStatusCode.BadRequest, wrongPassword.StatusCode);
        var first = (await Html.ParseAsync(wrongPassword)).Text(".foutenoverzicht");
        var second = (await Html.ParseAsync(unknownAccount)).Text(".foutenoverzicht");
        Assert.Contains(AccountController.AanmeldenMisluktTekst, first);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task An_empty_sign_in_form_names_each_missing_field_in_Dutch()
    {
        var client = Factory.CreateClient();

        using var response = await Html.SubmitAsync(client, "/aanmelden", "/aanmelden", new Dictionary<string, string> { ["Email"] = "geen-adres" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("Vul een geldig e-mailadres in", page.Text("#Email-fout"));
        Assert.Contains("Vul je wachtwoord in.", page.Text("#Wachtwoord-fout"));
        Assert.Equal("true", page.QuerySelector("#Email")?.GetAttribute("aria-invalid"));
        Assert.Equal(2, page.QuerySelectorAll(".foutenoverzicht li").Length);
    }

    [Fact]
    public async Task After_five_wrong_passwords_the_account_is_locked_even_for_the_right_password()
    {
        var email = await NewUserAsync();
        var client = Factory.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await Html.SignInAsync(client, email, "fout wachtwoord nummer " + i);
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        using var right = await Html.SignInAsync(client, email);

        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.Contains(AccountController.AanmeldenMisluktTekst, (await Html.ParseAsync(right)).Text(".foutenoverzicht"));
        using var account = await client.GetAsync("/mijn-account");
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_through_the_mailed_link_which_works_only_once()
    {
        var email = await NewUserAsync();
        var client = Factory.CreateClient();

        using var asked = await Html.SubmitAsync(client, "/wachtwoord-vergeten", "/wachtwoord-vergeten", new Dictionary<string, string> { ["Email"] = email });
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var link = await LinkMailedToAsync(email, "/wachtwoord-herstellen");

        var fields = await ResetFieldsAsync(client, link, "mijn nieuwe lange wachtzin");
        using var reset = await client.PostAsync("/wachtwoord-herstellen", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        using var oldPassword = await Html.SignInAsync(Factory.CreateClient(), email);
        Assert.Equal(HttpStatusCode.BadRequest, oldPassword.StatusCode);
        using var newPassword = await Html.SignInAsync(Factory.CreateClient(), email, "mijn nieuwe lange wachtzin");
        Assert.Equal(HttpStatusCode.Redirect, newPassword.StatusCode);

        fields = await ResetFieldsAsync(client, link, "nog een andere lange zin");
        using var again = await client.PostAsync("/wachtwoord-herstellen", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("niet meer geldig", (await Html.ParseAsync(again)).Text(".foutenoverzicht"));
    }

    [Fact]
    public async Task Asking_a_reset_for_an_unknown_address_looks_the_same_and_sends_nothing()
    {
        var client = Factory.CreateClient();
        var bekend = await NewUserAsync();
        var before = await Factory.WithDbAsync(db => db.OutboxMessages.CountAsync());

        using var onbekend = await Html.SubmitAsync(client, "/wachtwoord-vergeten", "/wachtwoord-vergeten",
            new Dictionary<string, string> { ["Email"] = "onbekend-persoon@example.org" });
        using var gekend = await Html.SubmitAsync(client, "/wachtwoord-vergeten", "/wachtwoord-vergeten",
            new Dictionary<string, string> { ["Email"] = bekend });

        Assert.Equal(HttpStatusCode.OK, onbekend.StatusCode);
        Assert.Equal("Kijk in je mailbox", (await Html.ParseAsync(onbekend)).Text("h1"));
        Assert.Equal(
            (await Html.ParseAsync(onbekend)).Text("main").Replace("onbekend-persoon@example.org", "X", StringComparison.Ordinal),
            (await Html.ParseAsync(gekend)).Text("main").Replace(bekend, "X", StringComparison.Ordinal));
        // The queue is handled in order: once the known address has its mail, the unknown one was handled too.
        await LinkMailedToAsync(bekend, "/wachtwoord-herstellen");
        Assert.Equal(before + 1, await Factory.WithDbAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task Signing_out_ends_the_session_on_the_server_so_a_copied_cookie_no_longer_works()
    {
        var email = await NewUserAsync();
        var browser = Factory.CreateClient();
        using var aangemeld = await Html.SignInAsync(browser, email);
        var cookie = aangemeld.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-partnerschap=", StringComparison.Ordinal)).Split(';')[0];
        var kopie = Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false, BaseAddress = new Uri("https://partnerschap.test") });
        kopie.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await kopie.GetAsync("/mijn-account")).StatusCode);

        using var afgemeld = await Html.SubmitAsync(browser, "/mijn-account", "/afmelden", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, afgemeld.StatusCode);

        using var naAfmelden = await kopie.GetAsync("/mijn-account");
        Assert.Equal(HttpStatusCode.Redirect, naAfmelden.StatusCode);
        Assert.StartsWith("/aanmelden", naAfmelden.Headers.Location!.OriginalString);
        // Another session of the same person goes on: only "Overal afmelden" ends them all.
        var telefoon = await Html.SignedInClientAsync(Factory, email);
        Assert.Equal(HttpStatusCode.OK, (await telefoon.GetAsync("/mijn-account")).StatusCode);
    }

    [Theory]
    [InlineData("kort", "minstens 12")]
    [InlineData("qwertyuiop123", "te vaak gebruikt")]
    [InlineData("wachtwoord123", "te vaak gebruikt")]
    public async Task A_short_or_common_password_is_refused_with_a_Dutch_reason(string password, string reason)
    {
        var email = await NewUserAsync();
        var client = Factory.CreateClient();
        await Html.SubmitAsync(client, "/wachtwoord-vergeten", "/wachtwoord-vergeten", new Dictionary<string, string> { ["Email"] = email });
        var link = await LinkMailedToAsync(email, "/wachtwoord-herstellen");

        var fields = await ResetFieldsAsync(client, link, password);
        using var response = await client.PostAsync("/wachtwoord-herstellen", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, (await Html.ParseAsync(response)).Text("#Wachtwoord-fout"));
    }

    [Fact]
    public async Task A_tampered_reset_link_is_refused_with_a_Dutch_message_not_an_error()
    {
        var email = await NewUserAsync();
        var client = Factory.CreateClient();
        var fields = await ResetFieldsAsync(client, $"/wachtwoord-herstellen?email={Uri.EscapeDataString(email)}&code=%%%niet-base64", "een goed lang wachtwoord");

        using var response = await client.PostAsync("/wachtwoord-herstellen", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("niet meer geldig", (await Html.ParseAsync(response)).Text(".foutenoverzicht"));
    }

    [Fact]
    public async Task Signing_out_everywhere_ends_the_session_on_every_other_device()
    {
        var email = await NewUserAsync();
        var laptop = await Html.SignedInClientAsync(Factory, email);
        var phone = await Html.SignedInClientAsync(Factory, email);

        using var done = await Html.SubmitAsync(laptop, "/mijn-account", "/mijn-account/overal-afmelden", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);

        using var onPhone = await phone.GetAsync("/mijn-account");
        Assert.Equal(HttpStatusCode.Redirect, onPhone.StatusCode);
        Assert.Contains("/aanmelden", onPhone.Headers.Location?.ToString());
    }

    [Fact]
    public async Task A_role_removed_by_an_administrator_is_gone_on_the_next_request()
    {
        var email = await NewUserAsync(Rollen.Onderzoeker, Rollen.Welzijnswerker);
        var client = await Html.SignedInClientAsync(Factory, email);
        Assert.Contains("Onderzoeker", (await Html.ParseAsync(await client.GetAsync("/mijn-account"))).Text(".gegevens"));

        await Factory.WithUsersAsync(async users =>
        {
            var user = await users.FindByEmailAsync(email);
            await users.RemoveFromRoleAsync(user!, Rollen.Onderzoeker);
        });

        using var response = await client.GetAsync("/mijn-account");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var roles = (await Html.ParseAsync(response)).Text(".gegevens");
        Assert.DoesNotContain("Onderzoeker", roles);
        Assert.Contains("Welzijnswerker", roles);
    }

    [Fact]
    public async Task Changing_the_password_keeps_this_session_and_ends_the_others()
    {
        var email = await NewUserAsync();
        var laptop = await Html.SignedInClientAsync(Factory, email);
        var phone = await Html.SignedInClientAsync(Factory, email);

        using var changed = await Html.SubmitAsync(laptop, "/mijn-account/wachtwoord", "/mijn-account/wachtwoord", new Dictionary<string, string>
        {
            ["Huidig"] = PortalFactory.Wachtwoord,
            ["Nieuw"] = "een gloednieuwe wachtzin",
            ["Herhaling"] = "een gloednieuwe wachtzin",
        });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        using var onLaptop = await laptop.GetAsync("/mijn-account");
        Assert.Equal(HttpStatusCode.OK, onLaptop.StatusCode);
        Assert.Contains("Je wachtwoord is gewijzigd", (await Html.ParseAsync(onLaptop)).Text(".melding"));
        using var onPhone = await phone.GetAsync("/mijn-account");
        Assert.Equal(HttpStatusCode.Redirect, onPhone.StatusCode);
    }

    [Fact]
    public async Task A_new_email_address_counts_only_after_it_is_confirmed_from_the_mailbox()
    {
        var email = await NewUserAsync();
        var nieuw = "nieuw." + email;
        var client = await Html.SignedInClientAsync(Factory, email);

        using var asked = await Html.SubmitAsync(client, "/mijn-account/e-mailadres", "/mijn-account/e-mailadres", new Dictionary<string, string> { ["Nieuw"] = nieuw });
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        using var stillOld = await Html.SignInAsync(Factory.CreateClient(), email);
        Assert.Equal(HttpStatusCode.Redirect, stillOld.StatusCode);

        var link = await LinkMailedToAsync(nieuw, "/e-mailadres-bevestigen");
        var confirmPage = await Html.ParseAsync(await client.GetAsync(link));
        var fields = Html.HiddenFields(confirmPage);
        using var confirmed = await client.PostAsync("/e-mailadres-bevestigen", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);

        using var withNew = await Html.SignInAsync(Factory.CreateClient(), nieuw);
        Assert.Equal(HttpStatusCode.Redirect, withNew.StatusCode);
        using var withOld = await Html.SignInAsync(Factory.CreateClient(), email);
        Assert.Equal(HttpStatusCode.BadRequest, withOld.StatusCode);
    }

    [Fact]
    public async Task Passwords_are_stored_as_PBKDF2_with_at_least_210000_iterations()
    {
        var email = await NewUserAsync();
        var hash = await Factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.PasswordHash).SingleAsync());

        // Identity's v3 format: 0x01, PRF (4 bytes), iteration count (4 bytes, big-endian), ...
        var bytes = Convert.FromBase64String(hash!);
        Assert.Equal(0x01, bytes[0]);
        var iterations = (bytes[5] << 24) | (bytes[6] << 16) | (bytes[7] << 8) | bytes[8];
        Assert.True(iterations >= 210_000, $"maar {iterations} iteraties");
        Assert.DoesNotContain(PortalFactory.Wachtwoord, hash, StringComparison.Ordinal);
    }

    private async Task<string> NewUserAsync(params string[] rollen)
    {
        var email = $"persoon-{Guid.NewGuid():N}@example.org";
        await Factory.CreateUserAsync(email, rollen);
        return email;
    }

    private async Task<string> LinkMailedToAsync(string email, string path)
    {
        // Reset mails leave off the request path: wait for the queue (at most 10 s).
        OutboxMessage? mail = null;
        for (var i = 0; i < 100 && mail is null; i++)
        {
            mail = await Factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.Aan == email).OrderByDescending(m => m.Id).FirstOrDefaultAsync());
            if (mail is null)
            {
                await Task.Delay(100);
            }
        }

        Assert.NotNull(mail);
        var url = new Uri(LinkPattern().Match(mail.Tekst).Value);
        Assert.Equal(path, url.AbsolutePath);
        return url.PathAndQuery;
    }

    private static async Task<Dictionary<string, string>> ResetFieldsAsync(HttpClient client, string link, string password)
    {
        var page = await Html.ParseAsync(await client.GetAsync(link));
        var fields = Html.HiddenFields(page);
        fields["Wachtwoord"] = password;
        fields["Herhaling"] = password;
        return fields;
    }

    private static FormUrlEncodedContent Form(string token, string email, string password, string terug) =>
        new([new("__af", token), new("Email", email), new("Wachtwoord", password), new("Terug", terug)]);

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
