using Partnerschap.Web.Data;

namespace Partnerschap.Web.Infrastructure.Mail;

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
