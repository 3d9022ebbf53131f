using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Data.Configurations;

public sealed class LidmaatschapConfiguration : IEntityTypeConfiguration<Lidmaatschap>
{
    public void Configure(EntityTypeBuilder<Lidmaatschap> builder)
    {
        builder.ToTable("Lidmaatschappen");
        builder.HasOne(l => l.Gebruiker).WithMany().HasForeignKey(l => l.GebruikerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.Organisatie).WithMany().HasForeignKey(l => l.OrganisatieId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.School).WithMany().HasForeignKey(l => l.SchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => new { l.GebruikerId, l.OrganisatieId, l.SchoolId }).IsUnique();
        builder.HasIndex(l => l.OrganisatieId);
        builder.HasIndex(l => l.SchoolId);
    }
}

public sealed class ToegangsaanvraagConfiguration : IEntityTypeConfiguration<Toegangsaanvraag>
{
    public void Configure(EntityTypeBuilder<Toegangsaanvraag> builder)
    {
        builder.ToTable("Toegangsaanvragen");
        builder.Property(a => a.Toelichting).HasMaxLength(1000);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.BehandeldDoor).HasMaxLength(256);
        builder.Property(a => a.Reden).HasMaxLength(1000);
        builder.HasOne(a => a.Gebruiker).WithMany().HasForeignKey(a => a.GebruikerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Organisatie).WithMany().HasForeignKey(a => a.OrganisatieId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.Status);
    }
}

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

public sealed class MeldingConfiguration : IEntityTypeConfiguration<Melding>
{
    public void Configure(EntityTypeBuilder<Melding> builder)
    {
        builder.ToTable("Meldingen");
        builder.Property(m => m.Soort).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.ProfielNaam).HasMaxLength(200);
        builder.Property(m => m.ProfielUrl).HasMaxLength(300);
        builder.Property(m => m.Tekst).HasMaxLength(2000);
        builder.Property(m => m.Email).HasMaxLength(256);
        builder.Property(m => m.BehandeldDoor).HasMaxLength(256);
        builder.Property(m => m.Notitie).HasMaxLength(1000);
        builder.HasIndex(m => new { m.Status, m.AangemaaktOp });
        builder.HasIndex(m => m.OrganisatieId);
    }
}

public sealed class AuditGebeurtenisConfiguration : IEntityTypeConfiguration<AuditGebeurtenis>
{
    public void Configure(EntityTypeBuilder<AuditGebeurtenis> builder)
    {
        builder.ToTable("AuditLog");
        builder.Property(a => a.Soort).HasMaxLength(40);
        builder.Property(a => a.ActorId).HasMaxLength(450);
        builder.Property(a => a.Actor).HasMaxLength(256);
        builder.Property(a => a.Onderwerp).HasMaxLength(300);
        builder.Property(a => a.Details).HasMaxLength(1000);
        builder.HasIndex(a => a.Tijdstip);
        builder.HasIndex(a => new { a.Soort, a.Tijdstip });
    }
}

public sealed class HoofdstukConfiguration : IEntityTypeConfiguration<Hoofdstuk>
{
    public void Configure(EntityTypeBuilder<Hoofdstuk> builder)
    {
        builder.ToTable("Hoofdstukken");
        builder.Property(h => h.Slug).HasMaxLength(100);
        builder.HasIndex(h => h.Slug).IsUnique();
        builder.Property(h => h.Titel).HasMaxLength(200);
        builder.Property(h => h.Samenvatting).HasMaxLength(1000);
        builder.Property(h => h.Groep).HasConversion<string>().HasMaxLength(30);
        builder.Property(h => h.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(h => h.Versie).IsConcurrencyToken();
        builder.HasMany(h => h.Versies).WithOne().HasForeignKey(v => v.HoofdstukId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class HoofdstukVersieConfiguration : IEntityTypeConfiguration<HoofdstukVersie>
{
    public void Configure(EntityTypeBuilder<HoofdstukVersie> builder)
    {
        builder.ToTable("HoofdstukVersies");
        builder.Property(v => v.Titel).HasMaxLength(200);
        builder.Property(v => v.Samenvatting).HasMaxLength(1000);
        builder.Property(v => v.Tekst).HasMaxLength(200_000);
        builder.Property(v => v.Auteur).HasMaxLength(256);
        builder.Property(v => v.Notitie).HasMaxLength(500);
        builder.HasIndex(v => new { v.HoofdstukId, v.Nummer }).IsUnique();
    }
}

public sealed class GidsFeedbackConfiguration : IEntityTypeConfiguration<GidsFeedback>
{
    public void Configure(EntityTypeBuilder<GidsFeedback> builder)
    {
        builder.ToTable("GidsFeedback");
        builder.Property(f => f.Opmerking).HasMaxLength(1000);
        builder.HasOne<Hoofdstuk>().WithMany().HasForeignKey(f => f.HoofdstukId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => f.HoofdstukId);
    }
}
