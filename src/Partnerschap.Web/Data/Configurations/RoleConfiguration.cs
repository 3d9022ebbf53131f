using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Data.Configurations;

/// <summary>The roles are part of the schema: every database, on every provider, has exactly these.</summary>
public sealed class RoleConfiguration : IEntityTypeConfiguration<IdentityRole>
{
    public void Configure(EntityTypeBuilder<IdentityRole> builder)
    {
        builder.HasData(Rollen.Alle.Select(naam => new IdentityRole
        {
            Id = "rol-" + naam.ToLowerInvariant(),
            Name = naam,
            NormalizedName = naam.ToUpperInvariant(),
            ConcurrencyStamp = "rol-" + naam.ToLowerInvariant(),
        }));
    }
}
