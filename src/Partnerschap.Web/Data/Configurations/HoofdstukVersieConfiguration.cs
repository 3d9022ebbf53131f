using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Data.Configurations;

public sealed class HoofdstukVersieConfiguration : IEntityTypeConfiguration<HoofdstukVersie>
{
    public void Configure(EntityTypeBuilder<HoofdstukVersie> builder)
    {
        builder.ToTable("HoofdstukVersies");
        builder.Property(v => v.Titel).HasMaxLength(200);
        builder.Property(v => v.Samenvatting).HasMaxLength(1000);
        builder.Property(v => v.Tekst).HasMaxLength(200_000);
        builder.Property(v => v.Auteur).HasMaxLength(256);
        builder.Property(v => v.Notitie).HasMaxLength(500);
        builder.HasIndex(v => new { v.HoofdstukId, v.Nummer }).IsUnique();
    }
}
