using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnerschap.Web.Infrastructure.Mail;

namespace Partnerschap.Web.Data.Configurations;

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.Property(m => m.Aan).HasMaxLength(320);
        builder.Property(m => m.Onderwerp).HasMaxLength(300);
        builder.Property(m => m.Tekst).HasMaxLength(20_000);
        builder.HasIndex(m => m.VerstuurdOp);
    }
}
