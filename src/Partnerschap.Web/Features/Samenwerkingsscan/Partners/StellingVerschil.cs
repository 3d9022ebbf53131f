using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Samenwerkingsscan.Partners;

/// <summary>A statement the two sides answered differently; null is "niet ingevuld", 0 "weet ik niet".</summary>
public sealed record StellingVerschil(ScanStelling Stelling, int? School, int? Organisatie)
{
    /// <summary>Steps apart on the scale; "weet ik niet" or no answer against an answer counts as half a step.</summary>
    public double Afstand => School is >= 1 && Organisatie is >= 1 ? Math.Abs(School.Value - Organisatie.Value) : 0.5;

    public static string Label(int? antwoord) => antwoord is { } a ? ScanSchaal.Label(a) : "Niet ingevuld";

    public string Label(ScanKant kant) => Label(kant == ScanKant.School ? School : Organisatie);
}
