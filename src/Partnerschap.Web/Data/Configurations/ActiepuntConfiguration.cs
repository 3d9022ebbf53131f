using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Data.Configurations;

public sealed class ActiepuntConfiguration : IEntityTypeConfiguration<Actiepunt>
{
    public void Configure(EntityTypeBuilder<Actiepunt> builder)
    {
        builder.ToTable("Actiepunten");
        builder.HasOne(a => a.Samenwerking).WithMany().HasForeignKey(a => a.SamenwerkingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.SamenwerkingId);
        builder.Property(a => a.Actie).HasMaxLength(Veldlengtes.Actie);
        builder.Property(a => a.Wie).HasMaxLength(Veldlengtes.Wie);
        builder.Property(a => a.ThemaCode).HasMaxLength(100);
        builder.Property(a => a.Versie).IsConcurrencyToken();
    }
}
