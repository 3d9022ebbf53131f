using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;
using Partnerschap.Web.Infrastructure;

namespace Partnerschap.Web.Features.SocialeKaart.Export;

/// <summary>
/// The results of a search as a CSV file that Excel in Belgium opens as it is (<see cref="ExcelCsv"/>, ADR 0013), numbers
/// and dates as nl-BE writes them. One row per result, in the order of the search.
/// </summary>
public static class ResultatenCsv
{
    /// <summary>A download holds at most this many rows; the page says so when there are more.</summary>
    public const int MaxRijen = 10_000;

    /// <summary>The columns, in order: a title and what a result shows there. One table for the header and the rows.</summary>
    private static readonly (string Titel, Func<ZoekTreffer, Uri, string> Waarde)[] Kolommen =
    [
        ("Naam", (t, _) => ExcelCsv.Veilig(t.Item.Naam)),
        ("Soort", (t, _) => t.Item.Soort.Enkelvoud()),
        ("Type", (t, _) => ExcelCsv.Veilig(t.Item.TypeLabel)),
        ("Adres of werkingsgebied", (t, _) => ExcelCsv.Veilig(t.Item.Waar)),
        ("Gemeente", (t, _) => ExcelCsv.Veilig(t.Item.Plaats)),
        ("Telefoon", (t, _) => ExcelCsv.Veilig(t.Item.Telefoon)),
        ("Aanspreekpunt voor scholen", (t, _) => ExcelCsv.Veilig(t.Item.AanspreekpuntNaam)),
        ("Telefoon aanspreekpunt", (t, _) => ExcelCsv.Veilig(t.Item.AanspreekpuntTelefoon)),
        ("E-mail aanspreekpunt", (t, _) => ExcelCsv.Veilig(t.Item.AanspreekpuntEmail)),
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
        return ExcelCsv.Maak([.. kolommen.Select(k => k.Titel)],
            resultaat.Treffers.Select(t => (IReadOnlyList<string>)[.. kolommen.Select(k => k.Waarde(t, adres))]));
    }
}
