namespace Partnerschap.Web.Features.Samenwerkingsscan;

/// <summary>The answers a statement can get: four steps from "klopt niet" to "klopt helemaal", and "weet ik niet" (0), which counts for no stage.</summary>
public static class ScanSchaal
{
    public const int WeetIkNiet = 0;

    public static readonly IReadOnlyList<(int Waarde, string Label)> Stappen =
    [
        (1, "Klopt niet"),
        (2, "Klopt eerder niet"),
        (3, "Klopt eerder wel"),
        (4, "Klopt helemaal"),
        (WeetIkNiet, "Weet ik niet"),
    ];

    public static bool IsGeldig(int waarde) => waarde is >= WeetIkNiet and <= 4;

    public static string Label(int waarde) => Stappen.FirstOrDefault(s => s.Waarde == waarde).Label ?? string.Empty;

    public static string Label(ScanFase fase) => fase switch
    {
        ScanFase.Beginnend => "Beginnend",
        ScanFase.Groeiend => "Groeiend",
        _ => "Sterk",
    };
}
