using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Data.Configurations;

// Value objects of a profile (locaties, werkingsgebied, vormen, aanspreekpunt) are stored as JSON columns:
// they are always read and written with their profile, never queried on their own (search uses the index).
// Optional links to organisaties are ClientSetNull (NO ACTION in the database): SQL Server refuses the
// multiple cascade paths that SET NULL would create via Scholen to Samenwerkingen.

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

public sealed class DeelgemeenteConfiguration : IEntityTypeConfiguration<Deelgemeente>
{
    public void Configure(EntityTypeBuilder<Deelgemeente> builder)
    {
        builder.ToTable("Deelgemeenten");
        builder.HasKey(d => new { d.Postcode, d.Naam });
        builder.Property(d => d.Postcode).HasMaxLength(4);
        builder.Property(d => d.Naam).HasMaxLength(100);
        builder.Property(d => d.NisCode).HasMaxLength(5);
        builder.Property(d => d.AndereNamen).HasMaxLength(300);
        builder.HasOne<Gemeente>().WithMany().HasForeignKey(d => d.NisCode).OnDelete(DeleteBehavior.Cascade);
    }
}

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

public sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> builder)
    {
        builder.ToTable("Scholen");
        builder.Property(s => s.Naam).HasMaxLength(Veldlengtes.Naam);
        builder.Property(s => s.Slug).HasMaxLength(200);
        builder.HasIndex(s => s.Slug).IsUnique();
        builder.Property(s => s.Instellingsnummer).HasMaxLength(Veldlengtes.Instellingsnummer);
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
        builder.HasOne(b => b.WerkgeverOrganisatie).WithMany().HasForeignKey(b => b.WerkgeverOrganisatieId).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasOne(b => b.WerkgeverSchool).WithMany().HasForeignKey(b => b.WerkgeverSchoolId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(b => b.Scholen).WithMany().UsingEntity("BrugfiguurScholen");
    }
}

public sealed class SamenwerkingConfiguration : IEntityTypeConfiguration<Samenwerking>
{
    public void Configure(EntityTypeBuilder<Samenwerking> builder)
    {
        builder.ToTable("Samenwerkingen");
        builder.Property(s => s.Beschrijving).HasMaxLength(Veldlengtes.LangeTekst);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Versie).IsConcurrencyToken();
        builder.HasOne(s => s.School).WithMany().HasForeignKey(s => s.SchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Organisatie).WithMany().HasForeignKey(s => s.OrganisatieId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Brugfiguur).WithMany().HasForeignKey(s => s.BrugfiguurId).OnDelete(DeleteBehavior.NoAction);
    }
}

public sealed class KaartVersieConfiguration : IEntityTypeConfiguration<KaartVersie>
{
    public void Configure(EntityTypeBuilder<KaartVersie> builder)
    {
        builder.ToTable("KaartVersie");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Stempel).HasMaxLength(32);
    }
}
