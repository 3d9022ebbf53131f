using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Data.Configurations;

public sealed class BeeindigdeSessieConfiguration : IEntityTypeConfiguration<BeeindigdeSessie>
{
    public void Configure(EntityTypeBuilder<BeeindigdeSessie> builder)
    {
        builder.ToTable("BeeindigdeSessies");
        builder.Property(s => s.Id).HasMaxLength(64);
        builder.Property(s => s.GebruikerId).HasMaxLength(450);
        builder.HasIndex(s => s.BewaarTot);
    }
}
