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
