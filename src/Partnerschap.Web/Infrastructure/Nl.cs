using System.Globalization;

namespace Partnerschap.Web.Infrastructure;

/// <summary>
/// Dutch as written in Belgium: the one <c>nl-BE</c> culture of the portal (numbers "1.094", dates through
/// <see cref="BelgischeTijd"/>) and the orders of names made from it. The request culture itself stays invariant, so
/// form values and query strings are read the same everywhere.
/// </summary>
public static class Nl
{
    public static readonly CultureInfo Cultuur = CultureInfo.GetCultureInfo("nl-BE");

    /// <summary>Alphabetical order of names as a Dutch reader expects it ("Aalst" before "Éghezée" before "Gent").</summary>
    public static readonly StringComparer Namen = StringComparer.Create(Cultuur, CompareOptions.IgnoreCase);

    /// <summary>The same order, also blind to accents: "Lier" and "Liér" are one name.</summary>
    public static readonly StringComparer NamenZonderAccenten = StringComparer.Create(Cultuur, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace);
}
