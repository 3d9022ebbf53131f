using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Data.Configurations;

public sealed class HulpvraagWijzigingConfiguration : IEntityTypeConfiguration<HulpvraagWijziging>
{
    public void Configure(EntityTypeBuilder<HulpvraagWijziging> builder)
    {
        builder.ToTable("HulpvraagWijzigingen");
        builder.Property(w => w.GebruikerId).HasMaxLength(450);
        builder.Property(w => w.Door).HasMaxLength(300);
        builder.Property(w => w.Omschrijving).HasMaxLength(2000);
        builder.HasOne(w => w.Hulpvraag).WithMany().HasForeignKey(w => w.HulpvraagId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(w => new { w.HulpvraagId, w.Tijdstip });
    }
}
