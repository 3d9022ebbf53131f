using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Data.Configurations;

public sealed class HoofdstukConfiguration : IEntityTypeConfiguration<Hoofdstuk>
{
    public void Configure(EntityTypeBuilder<Hoofdstuk> builder)
    {
        builder.ToTable("Hoofdstukken");
        builder.Property(h => h.Slug).HasMaxLength(100);
        builder.HasIndex(h => h.Slug).IsUnique();
        builder.Property(h => h.Titel).HasMaxLength(200);
        builder.Property(h => h.Samenvatting).HasMaxLength(1000);
        builder.Property(h => h.Groep).HasConversion<string>().HasMaxLength(30);
        builder.Property(h => h.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(h => h.Versie).IsConcurrencyToken();
        builder.HasMany(h => h.Versies).WithOne().HasForeignKey(v => v.HoofdstukId).OnDelete(DeleteBehavior.Cascade);
    }
}
