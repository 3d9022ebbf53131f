using System.Text;
using nietras.SeparatedValues;

namespace Partnerschap.Web.Infrastructure;

/// <summary>
/// A CSV file that Excel in Belgium opens as it is (ADR 0013): UTF-8 with a byte-order mark, <c>;</c> between the
/// columns, written with Sep. The one writer of the portal's downloads for people: the search results, the figures of
/// the regional picture and the research export. The header is always there, also without rows.
/// </summary>
public static class ExcelCsv
{
    public static byte[] Maak(IReadOnlyList<string> kolommen, IEnumerable<IReadOnlyList<string>> rijen)
    {
        var tekst = new StringWriter(Nl.Cultuur);
        var lijst = rijen as IReadOnlyCollection<IReadOnlyList<string>> ?? [.. rijen];
        if (lijst.Count == 0)
        {
            // Sep writes the header with the first row; a file without rows still says what its columns are.
            tekst.WriteLine(string.Join(';', kolommen));
        }

        // Sep disposes the writer it writes to: read the text only after this block.
        using (var writer = Sep.New(';').Writer(o => o with { Escape = true, CultureInfo = Nl.Cultuur }).To(tekst))
        {
            foreach (var waarden in lijst)
            {
                using var rij = writer.NewRow();
                for (var i = 0; i < kolommen.Count; i++)
                {
                    rij[kolommen[i]].Set(waarden[i]);
                }
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(tekst.ToString())];
    }

    /// <summary>
    /// A text a spreadsheet would read as a formula (it starts with = + - @ or a tab) gets a leading apostrophe, so a
    /// profile's name can never run as a formula on a zorgcoördinator's computer (OWASP "CSV injection").
    /// </summary>
    public static string Veilig(string? tekst) =>
        string.IsNullOrEmpty(tekst) ? "" : tekst[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + tekst : tekst;
}
