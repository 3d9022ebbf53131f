using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Data.Configurations;

public sealed class OrganisatievoorstelConfiguration : IEntityTypeConfiguration<Organisatievoorstel>
{
    public void Configure(EntityTypeBuilder<Organisatievoorstel> builder)
    {
        builder.ToTable("Organisatievoorstellen");
        builder.Property(v => v.OrganisatieNaam).HasMaxLength(Veldlengtes.Naam);
        builder.Property(v => v.GemeenteNis).HasMaxLength(5);
        builder.Property(v => v.KboNummer).HasMaxLength(12);
        builder.Property(v => v.IndienerNaam).HasMaxLength(Veldlengtes.Naam);
        builder.Property(v => v.IndienerEmail).HasMaxLength(Veldlengtes.Email);
        builder.Property(v => v.IndienerFunctie).HasMaxLength(Veldlengtes.Naam);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(v => v.BehandeldDoor).HasMaxLength(256);
        builder.Property(v => v.Bericht).HasMaxLength(Veldlengtes.Toelichting);
        builder.Property(v => v.GebruikerId).HasMaxLength(450);
        builder.Property(v => v.Versie).IsConcurrencyToken();
        builder.HasIndex(v => new { v.Status, v.AangemaaktOp });
        builder.HasIndex(v => v.IndienerEmail);
    }
}
