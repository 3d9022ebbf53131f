using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Data.Configurations;

// Value objects of a profile (locaties, werkingsgebied, vormen, aanspreekpunt) are stored as JSON columns:
// they are always read and written with their profile, never queried on their own (search uses the index).
// Optional links to organisaties are ClientSetNull (NO ACTION in the database): SQL Server refuses the
// multiple cascade paths that SET NULL would create via Scholen to Samenwerkingen.

public sealed class OrganisatieConfiguration : IEntityTypeConfiguration<Organisatie>
{
    public void Configure(EntityTypeBuilder<Organisatie> builder)
    {
        builder.ToTable("Organisaties");
        builder.Property(o => o.Naam).HasMaxLength(Veldlengtes.Naam);
        builder.Property(o => o.Slug).HasMaxLength(200);
        builder.HasIndex(o => o.Slug).IsUnique();
        builder.Property(o => o.Beschrijving).HasMaxLength(Veldlengtes.Beschrijving);
        builder.Property(o => o.Type).HasMaxLength(50);
        builder.Property(o => o.KboNummer).HasMaxLength(12);
        builder.Property(o => o.Website).HasMaxLength(Veldlengtes.Website);
        builder.Property(o => o.Email).HasMaxLength(Veldlengtes.Email);
        builder.Property(o => o.Telefoon).HasMaxLength(Veldlengtes.Telefoon);
        builder.Property(o => o.Openingsuren).HasMaxLength(Veldlengtes.Openingsuren);
        builder.Property(o => o.Kosten).HasMaxLength(Veldlengtes.Kosten);
        builder.Property(o => o.ToegangOuders).HasMaxLength(Veldlengtes.LangeTekst);
        builder.Property(o => o.ToegangProfessionals).HasMaxLength(Veldlengtes.LangeTekst);
        builder.Property(o => o.GedeeldeInformatie).HasMaxLength(Veldlengtes.LangeTekst);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(o => o.Versie).IsConcurrencyToken();
        builder.OwnsOne(o => o.Aanspreekpunt, a => a.ToJson());
        builder.OwnsMany(o => o.Locaties, l => l.ToJson());
        builder.OwnsMany(o => o.Werkingsgebied, g =>
        {
            g.ToJson();
            g.Property(x => x.Soort).HasConversion<string>();
        });
        builder.OwnsMany(o => o.Samenwerkingsvormen, v => v.ToJson());
        builder.HasMany(o => o.Aanbod).WithOne(a => a.Organisatie).HasForeignKey(a => a.OrganisatieId).OnDelete(DeleteBehavior.Cascade);
    }
}
