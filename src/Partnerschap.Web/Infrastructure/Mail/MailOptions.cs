namespace Partnerschap.Web.Infrastructure.Mail;

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
