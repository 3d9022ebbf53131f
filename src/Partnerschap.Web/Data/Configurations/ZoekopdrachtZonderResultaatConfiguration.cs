using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Data.Configurations;

public sealed class ZoekopdrachtZonderResultaatConfiguration : IEntityTypeConfiguration<ZoekopdrachtZonderResultaat>
{
    public const int MaxTekst = 100;

    public void Configure(EntityTypeBuilder<ZoekopdrachtZonderResultaat> builder)
    {
        builder.ToTable("ZoekopdrachtenZonderResultaat");
        builder.HasKey(z => new { z.Dag, z.Tekst, z.Gemeente });
        builder.Property(z => z.Tekst).HasMaxLength(MaxTekst);
        builder.Property(z => z.Gemeente).HasMaxLength(100);
    }
}
