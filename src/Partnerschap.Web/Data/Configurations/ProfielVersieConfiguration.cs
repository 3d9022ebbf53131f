using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Data.Configurations;

public sealed class ProfielVersieConfiguration : IEntityTypeConfiguration<ProfielVersie>
{
    public void Configure(EntityTypeBuilder<ProfielVersie> builder)
    {
        builder.ToTable("ProfielVersies");
        builder.Property(v => v.Soort).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Aard).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.GebruikerId).HasMaxLength(450);
        builder.Property(v => v.Door).HasMaxLength(256);
        builder.Property(v => v.Omschrijving).HasMaxLength(300);
        builder.HasIndex(v => new { v.Soort, v.ProfielId, v.Nummer }).IsUnique();
    }
}
