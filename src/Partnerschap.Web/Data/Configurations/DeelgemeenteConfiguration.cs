using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Data.Configurations;

public sealed class DeelgemeenteConfiguration : IEntityTypeConfiguration<Deelgemeente>
{
    public void Configure(EntityTypeBuilder<Deelgemeente> builder)
    {
        builder.ToTable("Deelgemeenten");
        builder.HasKey(d => new { d.Postcode, d.Naam });
        builder.Property(d => d.Postcode).HasMaxLength(4);
        builder.Property(d => d.Naam).HasMaxLength(100);
        builder.Property(d => d.NisCode).HasMaxLength(5);
        builder.Property(d => d.AndereNamen).HasMaxLength(300);
        builder.HasOne<Gemeente>().WithMany().HasForeignKey(d => d.NisCode).OnDelete(DeleteBehavior.Cascade);
    }
}
