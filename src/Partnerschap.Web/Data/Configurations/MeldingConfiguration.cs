using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Data.Configurations;

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
        builder.Property(m => m.Veld).HasMaxLength(40);
        builder.Property(m => m.HuidigeWaarde).HasMaxLength(Veldlengtes.Toelichting);
        builder.Property(m => m.VoorgesteldeWaarde).HasMaxLength(Veldlengtes.Toelichting);
        builder.Property(m => m.BehandeldDoor).HasMaxLength(256);
        builder.Property(m => m.Notitie).HasMaxLength(1000);
        builder.HasIndex(m => new { m.Status, m.AangemaaktOp });
        builder.HasIndex(m => m.OrganisatieId);
    }
}
