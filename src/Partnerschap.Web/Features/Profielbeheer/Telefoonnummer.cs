namespace Partnerschap.Web.Features.Profielbeheer;

public static class Telefoonnummer
{
    /// <summary>Digits with the usual separators; a leading + for international numbers. Letters are refused.</summary>
    public const string Patroon = @"^\+?[0-9][0-9 ./\-()]{5,48}$";
}
