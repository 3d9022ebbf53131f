using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.Organisaties;

namespace Partnerschap.Web.Features.Scholen;

public sealed record BrugfiguurRegel(string Naam, string Functie, string Url);

public sealed record SchoolProfiel(School School, string Gemeente, IReadOnlyList<SamenwerkingRegel> Samenwerkingen, IReadOnlyList<BrugfiguurRegel> Brugfiguren)
{
    public string Niveau => NiveauLabel(School.Onderwijsniveau);

    public string Net => NetLabel(School.Net);

    /// <summary>The einddatum of the official list lies before today (Belgian day).</summary>
    public bool Gesloten { get; init; }

    public static string NiveauLabel(Onderwijsniveau niveau) => niveau switch
    {
        Onderwijsniveau.Basis => "Basisonderwijs",
        Onderwijsniveau.Secundair => "Secundair onderwijs",
        _ => "Buitengewoon onderwijs",
    };

    public static string NetLabel(string net) => net switch
    {
        "gemeenschapsonderwijs" => "Gemeenschapsonderwijs (GO!)",
        "officieel-gesubsidieerd" => "Officieel gesubsidieerd onderwijs",
        _ => "Vrij gesubsidieerd onderwijs",
    };
}
