namespace Partnerschap.Web.Infrastructure.Mail;

/// <summary>A mail written to the development outbox instead of being sent (Mail:Delivery = Outbox).</summary>
public class OutboxMessage
{
    public long Id { get; set; }

    public required string Aan { get; set; }

    public required string Onderwerp { get; set; }

    public required string Tekst { get; set; }

    public DateTimeOffset VerstuurdOp { get; set; }
}
