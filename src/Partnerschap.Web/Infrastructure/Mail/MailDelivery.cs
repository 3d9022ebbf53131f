using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;
using Partnerschap.Web.Data;

namespace Partnerschap.Web.Infrastructure.Mail;

public enum MailDelivery
{
    Outbox,
    Smtp,
}
