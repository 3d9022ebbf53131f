namespace Partnerschap.Web.Infrastructure.Mail;

/// <summary>Everything the portal mails goes through this one interface.</summary>
public interface IMailSender
{
    Task SendAsync(string aan, string onderwerp, string tekst, CancellationToken cancellationToken = default);
}
