using System.Reflection;

namespace Partnerschap.Web.Infrastructure.Identity;

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
