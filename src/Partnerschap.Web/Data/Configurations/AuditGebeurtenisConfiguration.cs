using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Data.Configurations;

public sealed class AuditGebeurtenisConfiguration : IEntityTypeConfiguration<AuditGebeurtenis>
{
    public void Configure(EntityTypeBuilder<AuditGebeurtenis> builder)
    {
        builder.ToTable("AuditLog");
        builder.Property(a => a.Soort).HasMaxLength(40);
        builder.Property(a => a.ActorId).HasMaxLength(450);
        builder.Property(a => a.Actor).HasMaxLength(256);
        builder.Property(a => a.Onderwerp).HasMaxLength(300);
        builder.Property(a => a.Details).HasMaxLength(1000);
        builder.HasIndex(a => a.Tijdstip);
        builder.HasIndex(a => new { a.Soort, a.Tijdstip });
    }
}
