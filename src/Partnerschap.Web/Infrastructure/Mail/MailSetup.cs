using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;
using Partnerschap.Web.Data;

namespace Partnerschap.Web.Infrastructure.Mail;

/// <summary>Everything the portal mails goes through this one interface.</summary>
public interface IMailSender
{
    Task SendAsync(string aan, string onderwerp, string tekst, CancellationToken cancellationToken = default);
}

public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary><c>Outbox</c> (development: stored, readable at /ontwikkeling/outbox) or <c>Smtp</c>.</summary>
    public MailDelivery Delivery { get; set; } = MailDelivery.Smtp;

    public string Afzender { get; set; } = "Partnerschap <noreply@example.org>";

    public string SmtpHost { get; set; } = "localhost";

    public int SmtpPort { get; set; } = 587;

    public bool SmtpSsl { get; set; } = true;

    public string? SmtpGebruiker { get; set; }

    public string? SmtpWachtwoord { get; set; }
}

public enum MailDelivery
{
    Outbox,
    Smtp,
}

/// <summary>Development: mails land in a table that every instance can read, so nothing leaves the machine.</summary>
public sealed class OutboxMailSender(PortalDbContext db, TimeProvider clock, ILogger<OutboxMailSender> logger) : IMailSender
{
    public async Task SendAsync(string aan, string onderwerp, string tekst, CancellationToken cancellationToken = default)
    {
        db.OutboxMessages.Add(new OutboxMessage { Aan = aan, Onderwerp = onderwerp, Tekst = tekst, VerstuurdOp = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Mail in de outbox gezet: {Onderwerp}", onderwerp);
    }
}

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

public static class MailSetup
{
    public static IServiceCollection AddPortalMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        var delivery = configuration.GetSection(MailOptions.Section).Get<MailOptions>()?.Delivery ?? MailDelivery.Smtp;
        if (delivery == MailDelivery.Outbox)
        {
            services.AddScoped<IMailSender, OutboxMailSender>();
        }
        else
        {
            services.AddScoped<IMailSender, SmtpMailSender>();
        }

        return services;
    }
}
