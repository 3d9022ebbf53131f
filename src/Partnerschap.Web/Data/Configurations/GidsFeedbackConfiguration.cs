using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Data.Configurations;

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
