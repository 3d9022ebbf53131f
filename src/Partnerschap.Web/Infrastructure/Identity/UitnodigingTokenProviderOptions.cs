using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Infrastructure.Identity;

public sealed class UitnodigingTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public UitnodigingTokenProviderOptions()
    {
        Name = UitnodigingTokenProvider.Naam;
    }
}
