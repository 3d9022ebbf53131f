using System.Globalization;
using System.Text;

namespace Partnerschap.Web.Domain;

/// <summary>URL names: lowercase ASCII words joined by hyphens ("Huis van het Kind Gent" → "huis-van-het-kind-gent").</summary>
public static class Slugs
{
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        var hyphen = false;
        foreach (var c in Fold(text))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
                hyphen = false;
            }
            else if (!hyphen && builder.Length > 0)
            {
                builder.Append('-');
                hyphen = true;
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length > 80 ? slug[..80].TrimEnd('-') : slug;
    }

    /// <summary>Lowercase without diacritics: "Hygiëne Coördinator" → "hygiene coordinator".</summary>
    public static string Fold(string text)
    {
        // Most text is plain ASCII: lowercasing is all the folding it needs (the search index folds every text).
        if (System.Text.Ascii.IsValid(text))
        {
            return text.ToLowerInvariant();
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>A slug not yet in <paramref name="taken"/>: the base, else base-2, base-3, ...</summary>
    public static string Unique(string text, ISet<string> taken)
    {
        var baseSlug = From(text);
        if (baseSlug.Length == 0)
        {
            baseSlug = "zonder-naam";
        }

        var slug = baseSlug;
        for (var i = 2; taken.Contains(slug); i++)
        {
            slug = $"{baseSlug}-{i}";
        }

        taken.Add(slug);
        return slug;
    }
}
