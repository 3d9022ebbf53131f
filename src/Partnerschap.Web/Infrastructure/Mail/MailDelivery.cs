namespace Partnerschap.Web.Infrastructure.Mail;

public enum MailDelivery
{
    Outbox,
    Smtp,
}
