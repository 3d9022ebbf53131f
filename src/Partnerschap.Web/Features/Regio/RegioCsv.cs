using System.Text;
using nietras.SeparatedValues;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure;

namespace Partnerschap.Web.Features.Regio;

/// <summary>
/// The table of /regio as a CSV file for a LOP, a city or a researcher: one row per municipality of 2025 with its NIS
/// codes of 2019, its schools, the organisations that serve it per aanleiding and the samenwerkingen of its schools per
/// vorm. The same conventions as the search's download (ADR 0013): UTF-8 with a byte-order mark, <c>;</c>, Sep.
/// </summary>
public static class RegioCsv
{
    public static byte[] Maak(RegioCijfers regio)
    {
        var tekst = new StringWriter(Nl.Cultuur);
        using (var writer = Sep.New(';').Writer(o => o with { Escape = true, CultureInfo = Nl.Cultuur }).To(tekst))
        {
            foreach (var g in regio.Gemeenten)
            {
                using var rij = writer.NewRow();
                rij["Gemeente"].Set(g.Gemeente.Naam);
                rij["NIS-codes (2019)"].Set(string.Join(' ', g.Gemeente.Delen.Select(d => d.NisCode)));
                rij["Provincie"].Set(g.Gemeente.Provincie);
                rij["Scholen"].Set(g.Scholen.ToString(Nl.Cultuur));
                for (var i = 0; i < Vocabulaire.Aanleidingen.Count; i++)
                {
                    rij[$"Organisaties: {Vocabulaire.Aanleidingen[i].Label}"].Set(g.PerAanleiding[i].ToString(Nl.Cultuur));
                }

                for (var i = 0; i < Vocabulaire.Samenwerkingsvormen.Count; i++)
                {
                    rij[$"Samenwerkingen: {Vocabulaire.Samenwerkingsvormen[i].Label}"].Set(g.PerVorm[i].ToString(Nl.Cultuur));
                }
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(tekst.ToString())];
    }
}
