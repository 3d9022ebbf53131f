using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Data.Configurations;

public sealed class AanbodConfiguration : IEntityTypeConfiguration<Aanbod>
{
    public void Configure(EntityTypeBuilder<Aanbod> builder)
    {
        builder.ToTable("Aanbod");
        builder.Property(a => a.Naam).HasMaxLength(Veldlengtes.Naam);
        builder.Property(a => a.Beschrijving).HasMaxLength(Veldlengtes.Beschrijving);
        builder.Property(a => a.Kosten).HasMaxLength(Veldlengtes.Kosten);
        builder.Property(a => a.Versie).IsConcurrencyToken();
        builder.OwnsMany(a => a.Locaties, l => l.ToJson());
        builder.OwnsMany(a => a.Werkingsgebied, g =>
        {
            g.ToJson();
            g.Property(x => x.Soort).HasConversion<string>();
        });
    }
}
