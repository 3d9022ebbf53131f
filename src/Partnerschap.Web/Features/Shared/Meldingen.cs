namespace Partnerschap.Web.Features;

/// <summary>A one-line confirmation shown once on the next page ("Je bent afgemeld.").</summary>
public static class Meldingen
{
    public const string Key = "melding";
}
