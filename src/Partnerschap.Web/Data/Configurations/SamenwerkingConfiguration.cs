using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Data.Configurations;

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
