using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Data.Configurations;

// The lists of a hulpvraag are primitive collections (JSON columns): always read and written with their concept,
// and the search reads the whole vocabulary at once when it builds its index.
public sealed class HulpvraagConfiguration : IEntityTypeConfiguration<Hulpvraag>
{
    public const int MaxTerm = 60;

    public void Configure(EntityTypeBuilder<Hulpvraag> builder)
    {
        builder.ToTable("Hulpvragen");
        builder.Property(h => h.Code).HasMaxLength(80);
        builder.HasIndex(h => h.Code).IsUnique();
        builder.Property(h => h.Label).HasMaxLength(200);
        builder.Property(h => h.Levensdomein).HasMaxLength(40);
        builder.Property(h => h.Versie).IsConcurrencyToken();
    }
}
