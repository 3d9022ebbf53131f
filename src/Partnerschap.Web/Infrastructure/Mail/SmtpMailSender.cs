using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace Partnerschap.Web.Infrastructure.Mail;

public sealed class SmtpMailSender(IOptions<MailOptions> options, ILogger<SmtpMailSender> logger) : IMailSender
{
    public async Task SendAsync(string aan, string onderwerp, string tekst, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        using var message = new MailMessage { Subject = onderwerp, Body = tekst, IsBodyHtml = false };
        message.From = new MailAddress(settings.Afzender);
        message.To.Add(aan);
        using var client = new SmtpClient(settings.SmtpHost, settings.SmtpPort) { EnableSsl = settings.SmtpSsl };
        if (!string.IsNullOrEmpty(settings.SmtpGebruiker))
        {
            client.Credentials = new NetworkCredential(settings.SmtpGebruiker, settings.SmtpWachtwoord);
        }

        await client.SendMailAsync(message, cancellationToken);
        logger.LogInformation("Mail verstuurd via SMTP: {Onderwerp}", onderwerp);
    }
}
