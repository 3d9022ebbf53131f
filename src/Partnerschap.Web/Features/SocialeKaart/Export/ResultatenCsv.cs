using System.Text;
using nietras.SeparatedValues;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;
using Partnerschap.Web.Infrastructure;

namespace Partnerschap.Web.Features.SocialeKaart.Export;

/// <summary>
/// The results of a search as a CSV file that Excel in Belgium opens as it is: UTF-8 with a byte-order mark, <c>;</c>
/// between the columns, numbers and dates as nl-BE writes them. One row per result, in the order of the search.
/// Written with Sep (ADR 0013).
/// </summary>
public static class ResultatenCsv
{
    /// <summary>A download holds at most this many rows; the page says so when there are more.</summary>
    public const int MaxRijen = 10_000;

    public static byte[] Maak(ZoekResultaat resultaat, Uri adres)
    {
        var tekst = new StringWriter(Nl.Cultuur);
        using (var writer = Sep.New(';').Writer(o => o with { Escape = true, CultureInfo = Nl.Cultuur }).To(tekst))
        {
            var metAfstand = resultaat.Vraag.Plaats is not null;
            foreach (var treffer in resultaat.Treffers)
            {
                var item = treffer.Item;
                using var rij = writer.NewRow();
                rij["Naam"].Set(Veilig(item.Naam));
                rij["Soort"].Set(item.Soort.Enkelvoud());
                rij["Type"].Set(Veilig(item.TypeLabel));
                rij["Adres of werkingsgebied"].Set(Veilig(item.Waar));
                rij["Gemeente"].Set(Veilig(item.Plaats));
                rij["Telefoon"].Set(Veilig(item.Telefoon));
                rij["Aanspreekpunt voor scholen"].Set(Veilig(item.AanspreekpuntNaam));
                rij["Telefoon aanspreekpunt"].Set(Veilig(item.AanspreekpuntTelefoon));
                rij["E-mail aanspreekpunt"].Set(Veilig(item.AanspreekpuntEmail));
                rij["Talen"].Set(string.Join(", ", item.Talen.Select(TaalNamen.Naam)));
                rij["Aanleidingen"].Set(string.Join(", ", item.Aanleidingen.Select(KaartFilters.Aanleiding.Label)));
                rij["Samenwerkingsvormen"].Set(string.Join(", ", item.Vormen.Select(KaartFilters.Vorm.Label)));
                if (metAfstand)
                {
                    rij["Afstand (km)"].Set(treffer.AfstandKm is { } km ? km.ToString("0.0", Nl.Cultuur) : "");
                }

                rij["Status"].Set(item.Status switch
                {
                    OrganisatieStatus.TijdelijkGesloten => "Tijdelijk gesloten",
                    OrganisatieStatus.Stopgezet => "Stopgezet",
                    _ => "Actief",
                });
                rij["Laatst gecontroleerd"].Set(item.LaatstGecontroleerd?.ToString("dd/MM/yyyy", Nl.Cultuur) ?? "");
                rij["Profiel"].Set(new Uri(adres, item.Url).AbsoluteUri);
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
