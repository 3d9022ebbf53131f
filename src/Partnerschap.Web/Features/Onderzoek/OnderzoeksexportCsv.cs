using System.Globalization;
using Partnerschap.Web.Infrastructure;

namespace Partnerschap.Web.Features.Onderzoek;

/// <summary>
/// The research export as CSV through <see cref="ExcelCsv"/> (ADR 0013; texts made safe for a
/// spreadsheet): a row number, the breakdown columns, then one column per statement code with 1–4, 0 for "weet ik niet"
/// and empty for a statement left open.
/// </summary>
public static class OnderzoeksexportCsv
{
    public static readonly string[] Indeling = ["rij", "kant", "provincie", "jaar", "scanversie", "ronde"];

    public static byte[] Maak(OnderzoeksexportInhoud inhoud) =>
        ExcelCsv.Maak([.. Indeling, .. inhoud.Codes], inhoud.Rijen.Select((r, i) => (IReadOnlyList<string>)
        [
            Getal(i + 1), r.Kant, ExcelCsv.Veilig(r.Provincie), Getal(r.Jaar), Getal(r.ScanVersie), Getal(r.Ronde),
            .. inhoud.Codes.Select(code => r.Antwoorden.TryGetValue(code, out var a) ? Getal(a) : ""),
        ]));

    private static string Getal(int getal) => getal.ToString(CultureInfo.InvariantCulture);
}
