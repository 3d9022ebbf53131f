using System.Threading.Channels;
using Microsoft.AspNetCore.Identity;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure.Mail;

namespace Partnerschap.Web.Infrastructure.Identity;

/// <summary>
/// "Wachtwoord vergeten" off the request path: the page only queues the address and answers at once, the same for an
/// address with and without an account. This background service looks the account up, makes the link and mails it.
/// The queue lives in this instance's memory: a request lost in a crash is simply asked again (docs/operations.md).
/// </summary>
public sealed class WachtwoordMails(IServiceScopeFactory scopes, ILogger<WachtwoordMails> logger) : BackgroundService
{
    private readonly Channel<string> _wachtrij = Channel.CreateBounded<string>(
        new BoundedChannelOptions(1_000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    /// <summary>Queues a reset mail for <paramref name="email"/>; nothing is sent when no account has that address.</summary>
    public void Vraag(string email)
    {
        if (!_wachtrij.Writer.TryWrite(email))
        {
            logger.LogWarning("Wachtrij voor herstelmails is vol; aanvraag niet verwerkt");
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var email in _wachtrij.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await VerstuurAsync(email, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Herstelmail kon niet verstuurd worden");
            }
        }
    }

    private async Task VerstuurAsync(string email, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByEmailAsync(email);
        if (user is null || user.Gedeactiveerd)
        {
            return;
        }

        var links = scope.ServiceProvider.GetRequiredService<AccountLinks>();
        var link = links.Password(user, await users.GeneratePasswordResetTokenAsync(user), eersteWachtwoord: false);
        await scope.ServiceProvider.GetRequiredService<IMailSender>().SendAsync(user.Email!, "Een nieuw wachtwoord voor Partnerschap", Mailtekst.Brief(Mailtekst.Aanspreking(user.Weergavenaam, user.Email), $"""
            Iemand vroeg een nieuw wachtwoord aan voor je account op Partnerschap.
            Was jij dat? Kies dan een nieuw wachtwoord via deze link:

            {link}

            De link werkt één keer en blijft 24 uur geldig.
            Vroeg je niets aan? Dan hoef je niets te doen: je wachtwoord blijft hetzelfde.
            """), cancellationToken);
        logger.LogInformation("Herstellink verstuurd naar gebruiker {UserId}", user.Id);
    }
}
