namespace Partnerschap.Web.Domain;

/// <summary>
/// How fresh a profile is, from the day it was last checked ("laatst gecontroleerd") and today's Belgian day: the one
/// home of the two freshness rules.
/// <list type="bullet">
/// <item>After <see cref="VerouderdNaMaanden"/> months (or never checked) a profile is <em>verouderd</em>: its members
/// get a reminder, "Mijn organisatie" and the edit page ask them to check it, the Actualiteit page counts it.</item>
/// <item>After <see cref="NietRecentNaMaanden"/> months (or never) it is <em>niet recent gecontroleerd</em>: the
/// public sees that on the result card and the profile page.</item>
/// </list>
/// </summary>
public static class Versheid
{
    public const int VerouderdNaMaanden = 6;

    public const int NietRecentNaMaanden = 12;

    /// <summary>Checked before this day: verouderd (for queries: <c>LaatstGecontroleerd &lt; grens</c>).</summary>
    public static DateOnly VerouderdVoor(DateOnly vandaag) => vandaag.AddMonths(-VerouderdNaMaanden);

    /// <summary>Checked before this day: niet recent gecontroleerd.</summary>
    public static DateOnly NietRecentVoor(DateOnly vandaag) => vandaag.AddMonths(-NietRecentNaMaanden);

    public static bool IsVerouderd(DateOnly? gecontroleerd, DateOnly vandaag) =>
        gecontroleerd is not { } d || d < VerouderdVoor(vandaag);

    public static bool IsNietRecent(DateOnly? gecontroleerd, DateOnly vandaag) =>
        gecontroleerd is not { } d || d < NietRecentVoor(vandaag);
}
