using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Samenwerkingsscan.Partners;

/// <summary>The Dutch words of <see cref="ActiepuntStatus"/>, in the order the form offers them.</summary>
public static class ActiepuntStatussen
{
    public static readonly IReadOnlyList<(ActiepuntStatus Status, string Label)> Alle =
    [
        (ActiepuntStatus.TeDoen, "te doen"),
        (ActiepuntStatus.Bezig, "bezig"),
        (ActiepuntStatus.Gedaan, "gedaan"),
        (ActiepuntStatus.Geschrapt, "geschrapt"),
    ];

    public static string Label(ActiepuntStatus status) => Alle.FirstOrDefault(s => s.Status == status).Label ?? status.ToString();

    /// <summary>Still to be done: counts for "te laat" and for the open actions.</summary>
    public static bool IsOpen(ActiepuntStatus status) => status is ActiepuntStatus.TeDoen or ActiepuntStatus.Bezig;
}
