using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

/// <summary>Folding and splitting text the way a Flemish user expects: no case, no accents ("hygiëne" = "hygiene").</summary>
public static class Tokens
{
    public static string[] Split(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : Slugs.Fold(text).Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static readonly char[] Separators =
        [.. Enumerable.Range(0, 128).Select(i => (char)i).Where(c => !char.IsAsciiLetterOrDigit(c)), '–', '—', '’', '‘', '“', '”', '«', '»', '€'];
}
