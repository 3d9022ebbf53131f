using Microsoft.AspNetCore.Identity;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Infrastructure.Identity;

/// <summary>Refuses passwords that appear in the list of common passwords shipped with the app (ASVS 2.1.7).</summary>
public sealed class CommonPasswordValidator(CommonPasswordList list) : IPasswordValidator<PortalUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password)
    {
        if (password is not null && list.Contains(password))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "VeelGebruiktWachtwoord",
                Description = "Dit wachtwoord wordt te vaak gebruikt en is makkelijk te raden. Kies een ander wachtwoord.",
            }));
        }

        return Task.FromResult(IdentityResult.Success);
    }
}
