using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Data.Configurations;

public sealed class ScanVersieConfiguration : IEntityTypeConfiguration<ScanVersie>
{
    public void Configure(EntityTypeBuilder<ScanVersie> builder)
    {
        builder.ToTable("ScanVersies");
        builder.HasIndex(v => v.Nummer).IsUnique();
        builder.Property(v => v.Auteur).HasMaxLength(300);
        builder.Property(v => v.Notitie).HasMaxLength(500);
    }
}
