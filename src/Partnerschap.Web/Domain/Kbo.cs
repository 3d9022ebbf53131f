namespace Partnerschap.Web.Domain;

/// <summary>The Belgian enterprise number (KBO/BCE): 10 digits, the last two = 97 − (first eight mod 97).</summary>
public static class Kbo
{
    /// <summary>The number as 0123.456.789, or null when it is not a valid enterprise number.</summary>
    public static string? Normaliseer(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var digits = new string([.. input.Where(char.IsAsciiDigit)]);
        if (input.Any(c => !char.IsAsciiDigit(c) && c is not ('.' or ' ' or '-')) || digits.Length is not (9 or 10))
        {
            return null;
        }

        if (digits.Length == 9)
        {
            digits = "0" + digits;
        }

        if (digits[0] is not ('0' or '1'))
        {
            return null;
        }

        var body = long.Parse(digits[..8], System.Globalization.CultureInfo.InvariantCulture);
        var check = int.Parse(digits[8..], System.Globalization.CultureInfo.InvariantCulture);
        return 97 - (body % 97) == check ? $"{digits[..4]}.{digits[4..7]}.{digits[7..]}" : null;
    }
}
