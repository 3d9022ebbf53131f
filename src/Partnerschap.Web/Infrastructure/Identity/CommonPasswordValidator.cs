using System.Reflection;
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

/// <summary>The embedded list, read once per process.</summary>
public sealed class CommonPasswordList
{
    private readonly HashSet<string> _passwords = new(StringComparer.OrdinalIgnoreCase);

    public CommonPasswordList()
    {
        using var stream = Assembly.GetExecutingAssembly()
            .GetManifestResourceStream("Partnerschap.Web.Infrastructure.Identity.common-passwords.txt")
            ?? throw new InvalidOperationException("De lijst met veelgebruikte wachtwoorden ontbreekt.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                _passwords.Add(line.Trim());
            }
        }
    }

    public int Count => _passwords.Count;

    public bool Contains(string password) => _passwords.Contains(password.Trim());
}
