namespace Partnerschap.Web.Domain;

/// <summary>
/// Characters that no name or text on the portal may hold: control characters (NUL, escape, ...) and the bidi
/// overrides and isolates (U+202A–U+202E, U+2066–U+2069) that make a text read differently from what is stored.
/// Forms and imports refuse them with one Dutch message; line breaks and tabs in longer texts stay allowed.
/// </summary>
public static class OnzichtbareTekens
{
    /// <summary>The first forbidden character in <paramref name="tekst"/>, or null when it is clean.</summary>
    public static char? Eerste(string? tekst)
    {
        if (string.IsNullOrEmpty(tekst))
        {
            return null;
        }

        foreach (var c in tekst)
        {
            if (IsVerboden(c))
            {
                return c;
            }
        }

        return null;
    }

    public static bool Bevat(string? tekst) => Eerste(tekst) is not null;

    public static bool IsVerboden(char c) =>
        (char.IsControl(c) && c is not '\n' and not '\r' and not '\t') ||
        c is >= '\u202A' and <= '\u202E' ||
        c is >= '\u2066' and <= '\u2069';

    /// <summary>"U+202E" for a message that names the character without printing it.</summary>
    public static string Code(char c) => $"U+{(int)c:X4}";
}
