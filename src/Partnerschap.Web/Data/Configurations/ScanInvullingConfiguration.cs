using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Data.Configurations;

public sealed class ScanInvullingConfiguration : IEntityTypeConfiguration<ScanInvulling>
{
    public void Configure(EntityTypeBuilder<ScanInvulling> builder)
    {
        builder.ToTable("ScanInvullingen");
        builder.HasOne(i => i.Samenwerking).WithMany().HasForeignKey(i => i.SamenwerkingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.SamenwerkingId, i.Ronde, i.Kant }).IsUnique();
        builder.Property(i => i.GebruikerId).HasMaxLength(450);
        builder.Property(i => i.IngevuldDoor).HasMaxLength(300);
        builder.Property(i => i.Versie).IsConcurrencyToken();
    }
}
