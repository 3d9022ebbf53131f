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

    /// <summary>The columns, in order: a title and what a result shows there. One table for the header and the rows.</summary>
    private static readonly (string Titel, Func<ZoekTreffer, Uri, string> Waarde)[] Kolommen =
    [
        ("Naam", (t, _) => Veilig(t.Item.Naam)),
        ("Soort", (t, _) => t.Item.Soort.Enkelvoud()),
        ("Type", (t, _) => Veilig(t.Item.TypeLabel)),
        ("Adres of werkingsgebied", (t, _) => Veilig(t.Item.Waar)),
        ("Gemeente", (t, _) => Veilig(t.Item.Plaats)),
        ("Telefoon", (t, _) => Veilig(t.Item.Telefoon)),
        ("Aanspreekpunt voor scholen", (t, _) => Veilig(t.Item.AanspreekpuntNaam)),
        ("Telefoon aanspreekpunt", (t, _) => Veilig(t.Item.AanspreekpuntTelefoon)),
        ("E-mail aanspreekpunt", (t, _) => Veilig(t.Item.AanspreekpuntEmail)),
        ("Talen", (t, _) => string.Join(", ", t.Item.Talen.Select(TaalNamen.Naam))),
        ("Aanleidingen", (t, _) => string.Join(", ", t.Item.Aanleidingen.Select(KaartFilters.Aanleiding.Label))),
        ("Samenwerkingsvormen", (t, _) => string.Join(", ", t.Item.Vormen.Select(KaartFilters.Vorm.Label))),
        (AfstandKolom, (t, _) => t.AfstandKm is { } km ? km.ToString("0.0", Nl.Cultuur) : ""),
        ("Status", (t, _) => t.Item.Status switch
        {
            OrganisatieStatus.TijdelijkGesloten => "Tijdelijk gesloten",
            OrganisatieStatus.Stopgezet => "Stopgezet",
            _ => "Actief",
        }),
        ("Laatst gecontroleerd", (t, _) => t.Item.LaatstGecontroleerd?.ToString("dd/MM/yyyy", Nl.Cultuur) ?? ""),
        ("Profiel", (t, adres) => new Uri(adres, t.Item.Url).AbsoluteUri),
    ];

    /// <summary>Only a search with a place has distances.</summary>
    private const string AfstandKolom = "Afstand (km)";

    public static byte[] Maak(ZoekResultaat resultaat, Uri adres)
    {
        var kolommen = Kolommen.Where(k => k.Titel != AfstandKolom || resultaat.Vraag.Plaats is not null).ToArray();
        var tekst = new StringWriter(Nl.Cultuur);
        if (resultaat.Treffers.Count == 0)
        {
            // Sep writes the header with the first row; a file without results still says what its columns are.
            tekst.WriteLine(string.Join(';', kolommen.Select(k => k.Titel)));
        }

        using (var writer = Sep.New(';').Writer(o => o with { Escape = true, CultureInfo = Nl.Cultuur }).To(tekst))
        {
            foreach (var treffer in resultaat.Treffers)
            {
                using var rij = writer.NewRow();
                foreach (var (titel, waarde) in kolommen)
                {
                    rij[titel].Set(waarde(treffer, adres));
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
