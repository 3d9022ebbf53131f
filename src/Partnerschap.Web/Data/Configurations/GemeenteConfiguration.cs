using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Data.Configurations;

public sealed class GemeenteConfiguration : IEntityTypeConfiguration<Gemeente>
{
    public void Configure(EntityTypeBuilder<Gemeente> builder)
    {
        builder.ToTable("Gemeenten");
        builder.HasKey(g => g.NisCode);
        builder.Property(g => g.NisCode).HasMaxLength(5);
        builder.Property(g => g.Naam).HasMaxLength(100);
        builder.Property(g => g.NaamFr).HasMaxLength(100);
        builder.Property(g => g.Provincie).HasMaxLength(60);
        builder.Property(g => g.Gewest).HasMaxLength(20);
        builder.Property(g => g.Postcodes).HasMaxLength(400);
        builder.Property(g => g.Fusiegemeente2025).HasMaxLength(100);
        builder.Ignore(g => g.Weergavenaam);
    }
}
