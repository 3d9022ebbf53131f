using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Data.Configurations;

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
