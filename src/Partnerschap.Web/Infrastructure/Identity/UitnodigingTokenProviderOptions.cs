using Microsoft.AspNetCore.Identity;

namespace Partnerschap.Web.Infrastructure.Identity;

public sealed class UitnodigingTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public UitnodigingTokenProviderOptions()
    {
        Name = UitnodigingTokenProvider.Naam;
    }
}
