namespace Partnerschap.Web.Features;

/// <summary>
/// A one-line confirmation shown once on the next page ("Je bent afgemeld."), kept in TempData under <see cref="Key"/>
/// and shown by the layout. Not to be confused with a <c>Melding</c> (a reported error in a profile, /meld-een-fout) or
/// a search's <c>Waarschuwingen</c>.
/// </summary>
public static class Statusbericht
{
    public const string Key = "statusbericht";
}
