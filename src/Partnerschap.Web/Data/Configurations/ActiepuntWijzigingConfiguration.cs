using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Data.Configurations;

public sealed class ActiepuntWijzigingConfiguration : IEntityTypeConfiguration<ActiepuntWijziging>
{
    public void Configure(EntityTypeBuilder<ActiepuntWijziging> builder)
    {
        builder.ToTable("ActiepuntWijzigingen");
        builder.Property(w => w.GebruikerId).HasMaxLength(450);
        builder.Property(w => w.Door).HasMaxLength(300);
        builder.Property(w => w.Omschrijving).HasMaxLength(2000);
        builder.HasOne(w => w.Actiepunt).WithMany().HasForeignKey(w => w.ActiepuntId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(w => new { w.ActiepuntId, w.Tijdstip });
    }
}
