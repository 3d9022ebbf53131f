using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using nietras.SeparatedValues;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.SocialeKaart.Import.Scholenlijst;

/// <summary>One vestigingsplaats of the official list, checked and mapped to our fields; <see cref="Regel"/> is its first line.</summary>
public sealed record OfficieleVestiging(
    int Regel,
    string Instellingsnummer,
    string Vestigingsplaatsnummer,
    string Naam,
    string Net,
    Onderwijsniveau Onderwijsniveau,
    bool Hoofdzetel,
    string? Straat,
    string? Postcode,
    string GemeenteNis,
    string? Plaats,
    double Latitude,
    double Longitude,
    string? Telefoon,
    string? Email,
    string? Website,
    DateOnly? Einddatum,
    string? ClbNaam,
    string? Onderwijsaanbod);

/// <summary>
/// Reads the list of vestigingsplaatsen the Flemish education administration publishes (docs/import.md, "De officiële
/// lijst van scholen"): UTF-8 with or without BOM, <c>;</c> between quoted fields, lines ending in CR, LF or CRLF.
/// Columns are found by name (any case, in any order; unknown ones are ignored). Every problem is an
/// <see cref="ImportFout"/> with its line: the header is line 1, and a line break inside a quoted field counts.
/// </summary>
public static class ScholenlijstLezer
{
    /// <summary>The columns the import reads; a file without one of them is refused, naming it.</summary>
    public static readonly string[] NodigeKolommen =
    [
        "schoolnummer", "intern_vplnummer", "net", "naam", "hoofdzetel", "adres", "postcode", "gemeente", "niscode",
        "lx", "ly", "telefoon", "e-mail", "website", "onderwijsniveau", "instellingstype", "einddatum", "clb",
        "ingerichte hoofdstructuren",
    ];

    /// <summary>The official names of the networks (folded) and our codes.</summary>
    private static readonly Dictionary<string, string> Netten = new(StringComparer.Ordinal)
    {
        ["gemeenschapsonderwijs"] = "gemeenschapsonderwijs",
        ["go!"] = "gemeenschapsonderwijs",
        ["go! onderwijs van de vlaamse gemeenschap"] = "gemeenschapsonderwijs",
        ["officieel gesubsidieerd onderwijs"] = "officieel-gesubsidieerd",
        ["ogo"] = "officieel-gesubsidieerd",
        ["vrij gesubsidieerd onderwijs"] = "vrij-gesubsidieerd",
        ["vgo"] = "vrij-gesubsidieerd",
    };

    private static readonly EmailAddressAttribute EmailCheck = new();

    public sealed record Uitkomst(List<OfficieleVestiging> Vestigingen, List<ImportFout> Fouten, List<string> Waarschuwingen);

    public static Uitkomst Lees(Stream stream, GemeenteLookup gemeenten)
    {
        var vestigingen = new List<OfficieleVestiging>();
        var fouten = new List<ImportFout>();
        var waarschuwingen = new List<string>();

        // The StreamReader drops the byte-order mark; Sep reads the lines, whatever ends them.
        using var tekst = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        try
        {
            using var reader = Sep.Reader(o => o with
            {
                Unescape = true,
                ColNameComparer = StringComparer.OrdinalIgnoreCase,
                DisableColCountCheck = true,
            }).From(tekst);
            if (reader.Spec.Sep.Separator != ';')
            {
                fouten.Add(new ImportFout(1, "(kop)", $"de kolommen zijn gescheiden door '{reader.Spec.Sep.Separator}'; de officiële lijst gebruikt ';'."));
                return new Uitkomst(vestigingen, fouten, waarschuwingen);
            }

            var kop = reader.Header.ColNames.Select(n => n.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var ontbreekt = NodigeKolommen.Where(k => !kop.Contains(k)).ToList();
            if (reader.Header.IsEmpty || ontbreekt.Count > 0)
            {
                fouten.Add(new ImportFout(1, "(kop)", reader.Header.IsEmpty
                    ? "het bestand is leeg; de eerste regel moet de namen van de kolommen geven."
                    : $"de kolom{(ontbreekt.Count == 1 ? "" : "men")} {string.Join(", ", ontbreekt.Select(k => $"'{k}'"))} ontbreek{(ontbreekt.Count == 1 ? "t" : "en")}. Gebruik de lijst zoals het onderwijs ze publiceert."));
                return new Uitkomst(vestigingen, fouten, waarschuwingen);
            }

            var kolommen = NodigeKolommen.ToDictionary(k => k, k => reader.Header.ColNames.Select((n, i) => (n, i)).First(c => string.Equals(c.n.Trim(), k, StringComparison.OrdinalIgnoreCase)).i);
            var laatsteKolom = kolommen.Values.Max();
            var gezien = new Dictionary<(string, string), int>();
            foreach (var row in reader)
            {
                if (row.ColCount <= laatsteKolom)
                {
                    fouten.Add(new ImportFout(row.LineNumberFrom, "(regel)", $"heeft {row.ColCount} kolommen; de kop heeft er {reader.Header.ColNames.Count}."));
                    continue;
                }

                var waarden = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (kolom, index) in kolommen)
                {
                    waarden[kolom] = row[index].ToString().Trim();
                }

                var rij = new Rij(row.LineNumberFrom, waarden, fouten, waarschuwingen);

                if (Lees(rij, gemeenten) is { } vestiging)
                {
                    if (gezien.TryGetValue((vestiging.Instellingsnummer, vestiging.Vestigingsplaatsnummer), out var eerder))
                    {
                        rij.Fout("intern_vplnummer", $"vestigingsplaats {vestiging.Instellingsnummer}/{vestiging.Vestigingsplaatsnummer} staat ook op regel {eerder}.");
                    }
                    else
                    {
                        gezien[(vestiging.Instellingsnummer, vestiging.Vestigingsplaatsnummer)] = rij.Regel;
                        vestigingen.Add(vestiging);
                    }
                }
            }
        }
        catch (DecoderFallbackException)
        {
            fouten.Add(new ImportFout(0, "(bestand)", "is geen UTF-8-tekst. Bewaar de lijst als CSV in UTF-8."));
        }
        catch (InvalidDataException ex)
        {
            // Sep refuses, for instance, an unmatched quote at the end of the file.
            fouten.Add(new ImportFout(0, "(bestand)", $"is geen geldige CSV ({ex.Message})."));
        }

        if (fouten.Count == 0 && vestigingen.Count == 0)
        {
            fouten.Add(new ImportFout(2, "(bestand)", "de lijst heeft geen enkele vestigingsplaats."));
        }

        return new Uitkomst(vestigingen, fouten, waarschuwingen);
    }

    private static OfficieleVestiging? Lees(Rij rij, GemeenteLookup gemeenten)
    {
        var aantalFouten = rij.AantalFouten;
        var schoolnummer = rij.Nummer("schoolnummer", Veldlengtes.Instellingsnummer);
        var vpl = rij.Nummer("intern_vplnummer", 10);
        var naam = rij.Tekst("naam", Veldlengtes.Naam, verplicht: true);
        var label = naam is null ? string.Empty : $" (\"{naam}\")";

        var netTekst = rij["net"];
        if (!Netten.TryGetValue(Slugs.Fold(netTekst), out var net))
        {
            rij.Fout("net", $"net '{netTekst}' kennen we niet{label}. Verwacht: Gemeenschapsonderwijs, Officieel gesubsidieerd onderwijs of Vrij gesubsidieerd onderwijs.");
        }

        var niveau = Niveau(rij, label);
        var hoofdzetel = rij["hoofdzetel"].ToLowerInvariant() switch
        {
            "true" => true,
            "false" => false,
            var anders => rij.Fout<bool?>("hoofdzetel", $"'{anders}' is geen True of False{label}.") ?? false,
        };

        var postcode = rij.Tekst("postcode", Veldlengtes.Postcode);
        var plaats = rij.Tekst("gemeente", Veldlengtes.Gemeentenaam);

        var gemeente = Gemeente(gemeenten, rij["niscode"], postcode, plaats);
        if (gemeente is null)
        {
            rij.Fout("niscode", $"gemeente '{rij["niscode"]}' ({postcode} {plaats}) ligt niet in Vlaanderen of Brussel{label}.");
        }

        var x = rij.Getal("lx");
        var y = rij.Getal("ly");
        (double Latitude, double Longitude) positie = default;
        if (x is > 0 && y is > 0)
        {
            // Belgium in Lambert 72: x from about 20 to 300 km, y from 15 to 250 km.
            if (x is < 15_000 or > 300_000 || y is < 15_000 or > 250_000)
            {
                rij.Fout("lx", $"({x}, {y}) ligt niet in België (Lambert 72 in meter){label}.");
            }
            else
            {
                positie = Lambert72.NaarWgs84(x.Value, y.Value);
            }
        }
        else if (gemeente is not null)
        {
            positie = gemeenten.Positie(gemeente, postcode, plaats);
        }

        var einddatum = rij.Datum("einddatum");
        var straat = rij.Tekst("adres", Veldlengtes.Straat);
        var telefoon = rij.Tekst("telefoon", Veldlengtes.Telefoon);
        var email = rij.Tekst("e-mail", Veldlengtes.Email);
        if (email is not null && !EmailCheck.IsValid(email))
        {
            rij.Waarschuwing($"e-mail '{email}' is geen geldig e-mailadres; het blijft leeg{label}.");
            email = null;
        }

        var website = Website(rij, label);
        var clb = rij.Tekst("clb", Veldlengtes.Naam);
        var aanbod = rij.Tekst("ingerichte hoofdstructuren", Veldlengtes.Toelichting);
        if (rij.AantalFouten > aantalFouten)
        {
            return null;
        }

        return new OfficieleVestiging(rij.Regel, schoolnummer!, vpl!, naam!, net!, niveau, hoofdzetel, straat, postcode, gemeente!.NisCode, plaats,
            positie.Latitude, positie.Longitude, telefoon, email, website, einddatum, clb, aanbod);
    }

    /// <summary>
    /// Our gemeenten have 2019 boundaries. The NIS code first; a code we do not know (a 2025 merged gemeente) is found by
    /// the postcode, and so is an address in a former gemeente of a 2025 merger that kept the code of another ("3945" is
    /// Ham, also when the list gives Tessenderlo-Ham the code of Tessenderlo).
    /// </summary>
    private static Gemeente? Gemeente(GemeenteLookup gemeenten, string nis, string? postcode, string? plaats)
    {
        var opNis = gemeenten.OpNis(nis);
        var opPostcode = gemeenten.OpPostcode(postcode);
        if (opNis is not null && opPostcode is not null && opNis != opPostcode && opNis.Fusiegemeente2025 is not null &&
            opNis.Fusiegemeente2025 == opPostcode.Fusiegemeente2025)
        {
            return opPostcode;
        }

        return opNis ?? opPostcode ?? gemeenten.Vind(plaats);
    }

    /// <summary>Basisonderwijs or secundair onderwijs; buitengewoon when the level, the type or the structures say so.</summary>
    private static Onderwijsniveau Niveau(Rij rij, string label)
    {
        var niveau = Slugs.Fold(rij["onderwijsniveau"]);
        if (niveau.Contains("buitengewoon", StringComparison.Ordinal) ||
            Slugs.Fold(rij["instellingstype"]).Contains("buitengewoon", StringComparison.Ordinal) ||
            Slugs.Fold(rij["ingerichte hoofdstructuren"]).Contains("buitengewoon", StringComparison.Ordinal))
        {
            return niveau.Contains("basis", StringComparison.Ordinal) || niveau.Contains("secundair", StringComparison.Ordinal) || niveau.Contains("buitengewoon", StringComparison.Ordinal)
                ? Onderwijsniveau.Buitengewoon
                : rij.Fout<Onderwijsniveau?>("onderwijsniveau", $"onderwijsniveau '{rij["onderwijsniveau"]}' kennen we niet{label}.") ?? Onderwijsniveau.Buitengewoon;
        }

        return niveau switch
        {
            "basisonderwijs" => Onderwijsniveau.Basis,
            "secundair onderwijs" => Onderwijsniveau.Secundair,
            _ => rij.Fout<Onderwijsniveau?>("onderwijsniveau", $"onderwijsniveau '{rij["onderwijsniveau"]}' kennen we niet{label}. Verwacht: Basisonderwijs of Secundair onderwijs.") ?? Onderwijsniveau.Basis,
        };
    }

    /// <summary>"www.school.be" as the list often writes it becomes https://www.school.be; anything else is left out with a warning.</summary>
    private static string? Website(Rij rij, string label)
    {
        var website = rij.Tekst("website", Veldlengtes.Website);
        if (website is null)
        {
            return null;
        }

        var adres = website.Contains("://", StringComparison.Ordinal) ? website : "https://" + website;
        if (Uri.TryCreate(adres, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Contains('.', StringComparison.Ordinal) && adres.Length <= Veldlengtes.Website)
        {
            return adres;
        }

        rij.Waarschuwing($"website '{website}' is geen geldig webadres; het blijft leeg{label}.");
        return null;
    }

    /// <summary>One row of the file, with the helpers that read its fields and report on its line.</summary>
    private sealed class Rij(int regel, Dictionary<string, string> waarden, List<ImportFout> fouten, List<string> waarschuwingen)
    {
        public int Regel { get; } = regel;

        public int AantalFouten => fouten.Count;

        public string this[string kolom] => waarden[kolom];

        public string? Tekst(string kolom, int max, bool verplicht = false)
        {
            var waarde = this[kolom];
            if (waarde.Length == 0)
            {
                return verplicht ? Fout(kolom, "is verplicht.") : null;
            }

            if (OnzichtbareTekens.Eerste(waarde) is { } teken)
            {
                return Fout(kolom, $"bevat een onzichtbaar teken ({OnzichtbareTekens.Code(teken)}). Verwijder het en importeer opnieuw.");
            }

            return waarde.Length > max ? Fout(kolom, $"tekst is {waarde.Length} tekens lang; hoogstens {max}.") : waarde;
        }

        public string? Nummer(string kolom, int max)
        {
            var waarde = Tekst(kolom, max, verplicht: true);
            return waarde is null || waarde.All(char.IsAsciiDigit) ? waarde : Fout(kolom, $"'{waarde}' is geen nummer.");
        }

        /// <summary>A decimal with a point; null when empty or 0 (unknown in the official list).</summary>
        public double? Getal(string kolom)
        {
            var waarde = this[kolom];
            if (waarde.Length == 0)
            {
                return null;
            }

            if (!double.TryParse(waarde, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var getal) || !double.IsFinite(getal))
            {
                Fout(kolom, $"'{waarde}' is geen getal (een punt voor de decimalen, zoals 105030.62).");
                return null;
            }

            return getal == 0 ? null : getal;
        }

        public DateOnly? Datum(string kolom)
        {
            var waarde = this[kolom];
            if (waarde.Length == 0)
            {
                return null;
            }

            return DateOnly.TryParseExact(waarde, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum)
                ? datum
                : Fout<DateOnly?>(kolom, $"'{waarde}' is geen datum (dd/mm/jjjj).");
        }

        public string? Fout(string kolom, string melding) => Fout<string?>(kolom, melding);

        public T? Fout<T>(string kolom, string melding)
        {
            fouten.Add(new ImportFout(Regel, kolom, melding));
            return default;
        }

        public void Waarschuwing(string melding) => waarschuwingen.Add($"regel {Regel}: {melding}");
    }
}
