using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Data.Configurations;

public sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> builder)
    {
        builder.ToTable("Scholen");
        builder.Property(s => s.Naam).HasMaxLength(Veldlengtes.Naam);
        builder.Property(s => s.Slug).HasMaxLength(200);
        builder.HasIndex(s => s.Slug).IsUnique();
        builder.Property(s => s.Instellingsnummer).HasMaxLength(Veldlengtes.Instellingsnummer);
        builder.Property(s => s.Vestigingsplaatsnummer).HasMaxLength(10);
        builder.HasIndex(s => new { s.Instellingsnummer, s.Vestigingsplaatsnummer });
        builder.Property(s => s.ClbNaam).HasMaxLength(Veldlengtes.Naam);
        builder.Property(s => s.Onderwijsaanbod).HasMaxLength(Veldlengtes.Toelichting);
        builder.Property(s => s.Plaats).HasMaxLength(Veldlengtes.Gemeentenaam);
        builder.Property(s => s.Onderwijsniveau).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Net).HasMaxLength(40);
        builder.Property(s => s.Straat).HasMaxLength(Veldlengtes.Straat);
        builder.Property(s => s.Postcode).HasMaxLength(Veldlengtes.Postcode);
        builder.Property(s => s.GemeenteNis).HasMaxLength(5);
        builder.Property(s => s.Email).HasMaxLength(Veldlengtes.Email);
        builder.Property(s => s.Telefoon).HasMaxLength(Veldlengtes.Telefoon);
        builder.Property(s => s.Website).HasMaxLength(Veldlengtes.Website);
        builder.Property(s => s.Versie).IsConcurrencyToken();
        builder.HasOne(s => s.Clb).WithMany().HasForeignKey(s => s.ClbId).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasOne(s => s.Lop).WithMany().HasForeignKey(s => s.LopId).OnDelete(DeleteBehavior.ClientSetNull);
        builder.OwnsOne(s => s.Zorgcoordinator, z => z.ToJson());
    }
}
