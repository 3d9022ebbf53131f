using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure;

namespace Partnerschap.Web.Features.Regio;

/// <summary>
/// The table of /regio as a CSV file for a LOP, a city or a researcher: one row per municipality of 2025 with its NIS
/// codes of 2019, its schools, the organisations that serve it per aanleiding and the samenwerkingen of its schools per
/// vorm. Written by <see cref="ExcelCsv"/>, like the search's download (ADR 0013).
/// </summary>
public static class RegioCsv
{
    public static byte[] Maak(RegioCijfers regio) =>
        ExcelCsv.Maak(
            [
                "Gemeente", "NIS-codes (2019)", "Provincie", "Scholen",
                .. Vocabulaire.Aanleidingen.Select(t => $"Organisaties: {t.Label}"),
                .. Vocabulaire.Samenwerkingsvormen.Select(t => $"Samenwerkingen: {t.Label}"),
            ],
            regio.Gemeenten.Select(g => (IReadOnlyList<string>)
            [
                g.Gemeente.Naam, string.Join(' ', g.Gemeente.Delen.Select(d => d.NisCode)), g.Gemeente.Provincie, Getal(g.Scholen),
                .. g.PerAanleiding.Select(Getal), .. g.PerVorm.Select(Getal),
            ]));

    private static string Getal(int getal) => getal.ToString(Nl.Cultuur);
}
