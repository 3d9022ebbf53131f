using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Data.Configurations;

public sealed class BrugfiguurConfiguration : IEntityTypeConfiguration<Brugfiguur>
{
    public void Configure(EntityTypeBuilder<Brugfiguur> builder)
    {
        builder.ToTable("Brugfiguren");
        builder.Property(b => b.Slug).HasMaxLength(200);
        builder.HasIndex(b => b.Slug).IsUnique();
        builder.Property(b => b.Naam).HasMaxLength(Veldlengtes.Naam);
        builder.Property(b => b.Functie).HasMaxLength(Veldlengtes.Naam);
        builder.Property(b => b.WerkgeverSoort).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.WerkgeverGemeenteNis).HasMaxLength(5);
        builder.Property(b => b.Email).HasMaxLength(Veldlengtes.Email);
        builder.Property(b => b.Telefoon).HasMaxLength(Veldlengtes.Telefoon);
        builder.Ignore(b => b.Weergavenaam);
        builder.Ignore(b => b.PubliekeNaam);
        builder.Property(b => b.Versie).IsConcurrencyToken();
        builder.HasOne(b => b.WerkgeverOrganisatie).WithMany().HasForeignKey(b => b.WerkgeverOrganisatieId).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasOne(b => b.WerkgeverSchool).WithMany().HasForeignKey(b => b.WerkgeverSchoolId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(b => b.Scholen).WithMany().UsingEntity("BrugfiguurScholen");
    }
}
