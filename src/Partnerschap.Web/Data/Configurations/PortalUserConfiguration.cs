using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Data.Configurations;

public sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> builder)
    {
        builder.Property(u => u.Weergavenaam).HasMaxLength(200);
        builder.Property(u => u.UitgenodigdDoor).HasMaxLength(450);
    }
}
