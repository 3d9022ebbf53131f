using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Data.Configurations;

public sealed class KaartVersieConfiguration : IEntityTypeConfiguration<KaartVersie>
{
    public void Configure(EntityTypeBuilder<KaartVersie> builder)
    {
        builder.ToTable("KaartVersie");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Stempel).HasMaxLength(32);
    }
}
