namespace Partnerschap.Web.Features.Samenwerkingsscan;

/// <summary>The stage of a theme: for a conversation about the next step, never a score to compare schools.</summary>
public enum ScanFase
{
    Beginnend = 1,
    Groeiend = 2,
    Sterk = 3,
}
