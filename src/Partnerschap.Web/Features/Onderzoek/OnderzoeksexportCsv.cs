using System.Globalization;
using System.Text;
using nietras.SeparatedValues;
using Partnerschap.Web.Features.SocialeKaart.Export;
using Partnerschap.Web.Infrastructure;

namespace Partnerschap.Web.Features.Onderzoek;

/// <summary>
/// The research export as CSV with the conventions of ADR 0013 (Sep, UTF-8 with BOM, <c>;</c>, texts made safe for a
/// spreadsheet): a row number, the breakdown columns, then one column per statement code with 1–4, 0 for "weet ik niet"
/// and empty for a statement left open.
/// </summary>
public static class OnderzoeksexportCsv
{
    public static readonly string[] Indeling = ["rij", "kant", "provincie", "jaar", "scanversie", "ronde"];

    public static byte[] Maak(OnderzoeksexportInhoud inhoud)
    {
        var tekst = new StringWriter(Nl.Cultuur);
        if (inhoud.Rijen.Count == 0)
        {
            // Sep writes the header with the first row; an empty file still says what its columns are.
            tekst.WriteLine(string.Join(';', Indeling.Concat(inhoud.Codes)));
        }

        using (var writer = Sep.New(';').Writer(o => o with { Escape = true, CultureInfo = Nl.Cultuur }).To(tekst))
        {
            foreach (var (r, nummer) in inhoud.Rijen.Select((r, i) => (r, i + 1)))
            {
                using var rij = writer.NewRow();
                rij["rij"].Set(Getal(nummer));
                rij["kant"].Set(r.Kant);
                rij["provincie"].Set(ResultatenCsv.Veilig(r.Provincie));
                rij["jaar"].Set(Getal(r.Jaar));
                rij["scanversie"].Set(Getal(r.ScanVersie));
                rij["ronde"].Set(Getal(r.Ronde));
                foreach (var code in inhoud.Codes)
                {
                    rij[code].Set(r.Antwoorden.TryGetValue(code, out var a) ? Getal(a) : "");
                }
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(tekst.ToString())];
    }

    private static string Getal(int getal) => getal.ToString(CultureInfo.InvariantCulture);
}
