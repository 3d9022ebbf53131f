using System.Globalization;
using System.Text.Json;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;

namespace Partnerschap.Web.Features.Profielbeheer;

/// <summary>One line of a profile as people read it: a stable key, a Dutch label and the value as text.</summary>
public sealed record ProfielVeld(string Sleutel, string Label, string Waarde);

/// <summary>
/// The whole editable state of an organisatie with its aanbod, as stored in <see cref="ProfielVersie.Momentopname"/>.
/// Samenwerkingen are not part of it: they belong to a school and an organisatie at once (their changes are
/// recorded in the history as lines, but a restore leaves them alone).
/// </summary>
public sealed class OrganisatieMomentopname
{
    public required string Naam { get; init; }
    public required string Type { get; init; }
    public string Beschrijving { get; init; } = string.Empty;
    public string? KboNummer { get; init; }
    public string? Website { get; init; }
    public string? Email { get; init; }
    public string? Telefoon { get; init; }
    public string? Openingsuren { get; init; }
    public string? Kosten { get; init; }
    public string? ToegangOuders { get; init; }
    public string? ToegangProfessionals { get; init; }
    public string? GedeeldeInformatie { get; init; }
    public OrganisatieStatus Status { get; init; }
    public Aanspreekpunt? Aanspreekpunt { get; init; }
    public List<Locatie> Locaties { get; init; } = [];
    public List<Gebied> Werkingsgebied { get; init; } = [];
    public List<string> Talen { get; init; } = [];
    public List<string> Doelgroepen { get; init; } = [];
    public List<string> Aanleidingen { get; init; } = [];
    public List<VormToelichting> Samenwerkingsvormen { get; init; } = [];
    public List<AanbodMomentopname> Aanbod { get; init; } = [];

    public static OrganisatieMomentopname Van(Organisatie o) => new()
    {
        Naam = o.Naam,
        Type = o.Type,
        Beschrijving = o.Beschrijving,
        KboNummer = o.KboNummer,
        Website = o.Website,
        Email = o.Email,
        Telefoon = o.Telefoon,
        Openingsuren = o.Openingsuren,
        Kosten = o.Kosten,
        ToegangOuders = o.ToegangOuders,
        ToegangProfessionals = o.ToegangProfessionals,
        GedeeldeInformatie = o.GedeeldeInformatie,
        Status = o.Status,
        Aanspreekpunt = o.Aanspreekpunt is null ? null : Kopie(o.Aanspreekpunt),
        Locaties = o.Locaties.Select(Kopie).ToList(),
        Werkingsgebied = o.Werkingsgebied.Select(g => new Gebied { Soort = g.Soort, Code = g.Code }).ToList(),
        Talen = [.. o.Talen],
        Doelgroepen = [.. o.Doelgroepen],
        Aanleidingen = [.. o.Aanleidingen],
        Samenwerkingsvormen = o.Samenwerkingsvormen.Select(v => new VormToelichting { Code = v.Code, Toelichting = v.Toelichting }).ToList(),
        Aanbod = o.Aanbod.OrderBy(a => a.Naam, StringComparer.CurrentCulture).Select(AanbodMomentopname.Van).ToList(),
    };

    /// <summary>Puts the profile fields back on <paramref name="o"/> (the aanbod is restored by the caller).</summary>
    public void PasToeOp(Organisatie o)
    {
        o.Naam = Naam;
        o.Type = Type;
        o.Beschrijving = Beschrijving;
        o.KboNummer = KboNummer;
        o.Website = Website;
        o.Email = Email;
        o.Telefoon = Telefoon;
        o.Openingsuren = Openingsuren;
        o.Kosten = Kosten;
        o.ToegangOuders = ToegangOuders;
        o.ToegangProfessionals = ToegangProfessionals;
        o.GedeeldeInformatie = GedeeldeInformatie;
        o.Status = Status;
        o.Aanspreekpunt = Aanspreekpunt is null ? null : Kopie(Aanspreekpunt);
        o.Locaties = Locaties.Select(Kopie).ToList();
        o.Werkingsgebied = Werkingsgebied.Select(g => new Gebied { Soort = g.Soort, Code = g.Code }).ToList();
        o.Talen = [.. Talen];
        o.Doelgroepen = [.. Doelgroepen];
        o.Aanleidingen = [.. Aanleidingen];
        o.Samenwerkingsvormen = Samenwerkingsvormen.Select(v => new VormToelichting { Code = v.Code, Toelichting = v.Toelichting }).ToList();
    }

    /// <summary>The profile as labelled lines, in the order of the edit form; the input of a field-by-field diff.</summary>
    public IReadOnlyList<ProfielVeld> Velden(GemeenteLookup gemeenten)
    {
        var velden = new List<ProfielVeld>
        {
            new("naam", "Naam", Naam),
            new("type", "Type", Vocabulaire.Find(Vocabulaire.Organisatietypes, Type)?.Label ?? Type),
            new("beschrijving", "Beschrijving", Beschrijving),
            new("status", "Status", StatusLabel(Status)),
            new("aanspreekpunt-naam", "Aanspreekpunt: naam", Aanspreekpunt?.Naam ?? string.Empty),
            new("aanspreekpunt-functie", "Aanspreekpunt: functie", Aanspreekpunt?.Functie ?? string.Empty),
            new("aanspreekpunt-email", "Aanspreekpunt: e-mail", Aanspreekpunt?.Email ?? string.Empty),
            new("aanspreekpunt-telefoon", "Aanspreekpunt: telefoon", Aanspreekpunt?.Telefoon ?? string.Empty),
            new("telefoon", "Telefoon", Telefoon ?? string.Empty),
            new("email", "E-mail", Email ?? string.Empty),
            new("website", "Website", Website ?? string.Empty),
            new("kbo", "Ondernemingsnummer", KboNummer ?? string.Empty),
            new("openingsuren", "Openingsuren", Openingsuren ?? string.Empty),
            new("kosten", "Kosten", Kosten ?? string.Empty),
            new("toegang-ouders", "Hoe ouders hulp krijgen", ToegangOuders ?? string.Empty),
            new("toegang-professionals", "Hoe scholen doorverwijzen", ToegangProfessionals ?? string.Empty),
            new("gedeelde-informatie", "Informatie delen en beroepsgeheim", GedeeldeInformatie ?? string.Empty),
        };
        for (var i = 0; i < Locaties.Count; i++)
        {
            velden.Add(new($"locatie-{i + 1}", $"Locatie {i + 1}", Tekst(Locaties[i], gemeenten)));
        }

        velden.Add(new("werkingsgebied", "Werkingsgebied", GebiedTekst(Werkingsgebied, gemeenten)));
        velden.Add(new("talen", "Talen", string.Join(", ", Talen.Select(TaalNamen.Naam))));
        velden.Add(new("doelgroepen", "Doelgroepen", Labels(Vocabulaire.Doelgroepen, Doelgroepen)));
        velden.Add(new("aanleidingen", "Aanleidingen", Labels(Vocabulaire.Aanleidingen, Aanleidingen)));
        foreach (var vorm in Vocabulaire.Samenwerkingsvormen)
        {
            var gekozen = Samenwerkingsvormen.FirstOrDefault(v => v.Code == vorm.Code);
            velden.Add(new($"vorm-{vorm.Code}", $"Samenwerkingsvorm: {vorm.Label}",
                gekozen is null ? string.Empty : string.IsNullOrWhiteSpace(gekozen.Toelichting) ? "ja" : "ja: " + gekozen.Toelichting));
        }

        foreach (var aanbod in Aanbod)
        {
            velden.Add(new($"aanbod-{aanbod.Id}", $"Aanbod ‘{aanbod.Naam}’", aanbod.Tekst()));
        }

        return velden;
    }

    public string Json() => JsonSerializer.Serialize(this, Momentopnamen.Opties);

    /// <summary>The fields and the snapshot, as <see cref="ProfielHistoriek"/> records them.</summary>
    public (IReadOnlyList<ProfielVeld> Velden, string Json) Toestand(GemeenteLookup gemeenten) => (Velden(gemeenten), Json());

    public static string StatusLabel(OrganisatieStatus status) => status switch
    {
        OrganisatieStatus.TijdelijkGesloten => "Tijdelijk gesloten",
        OrganisatieStatus.Stopgezet => "Stopgezet",
        _ => "Actief",
    };

    public static string Labels(IReadOnlyList<Term> vocabulaire, IEnumerable<string> codes) =>
        string.Join(", ", codes.Select(c => Vocabulaire.Find(vocabulaire, c)?.Label ?? c));

    public static string GebiedTekst(IEnumerable<Gebied> gebied, GemeenteLookup gemeenten) =>
        string.Join(", ", gebied.Select(g => g.Soort switch
        {
            GebiedSoort.Gewest => g.Code == "Brussel" ? "heel Brussel" : "heel Vlaanderen",
            GebiedSoort.Provincie => "provincie " + g.Code,
            _ => gemeenten.ByNis(g.Code)?.Weergavenaam ?? g.Code,
        }));

    private static string Tekst(Locatie l, GemeenteLookup gemeenten)
    {
        var delen = new[] { l.Naam, l.Straat, $"{l.Postcode} {gemeenten.ByNis(l.GemeenteNis)?.Weergavenaam ?? l.Plaats}".Trim() }
            .Where(d => !string.IsNullOrWhiteSpace(d));
        var tekst = string.Join(", ", delen);
        return string.IsNullOrWhiteSpace(l.Openingsuren) ? tekst : $"{tekst} (open: {l.Openingsuren})";
    }

    private static Aanspreekpunt Kopie(Aanspreekpunt a) => new() { Naam = a.Naam, Functie = a.Functie, Email = a.Email, Telefoon = a.Telefoon };

    private static Locatie Kopie(Locatie l) => new()
    {
        Naam = l.Naam, Straat = l.Straat, Postcode = l.Postcode, GemeenteNis = l.GemeenteNis, Plaats = l.Plaats,
        Latitude = l.Latitude, Longitude = l.Longitude, Openingsuren = l.Openingsuren,
    };
}

/// <summary>One aanbod inside an <see cref="OrganisatieMomentopname"/>.</summary>
public sealed class AanbodMomentopname
{
    public Guid Id { get; init; }
    public required string Naam { get; init; }
    public string Beschrijving { get; init; } = string.Empty;
    public string? Kosten { get; init; }
    public bool Actief { get; init; } = true;
    public List<string> Doelgroepen { get; init; } = [];
    public List<string> Aanleidingen { get; init; } = [];
    public List<string> Samenwerkingsvormen { get; init; } = [];
    public List<string> Talen { get; init; } = [];
    public List<Locatie> Locaties { get; init; } = [];
    public List<Gebied> Werkingsgebied { get; init; } = [];

    public static AanbodMomentopname Van(Aanbod a) => new()
    {
        Id = a.Id,
        Naam = a.Naam,
        Beschrijving = a.Beschrijving,
        Kosten = a.Kosten,
        Actief = a.Actief,
        Doelgroepen = [.. a.Doelgroepen],
        Aanleidingen = [.. a.Aanleidingen],
        Samenwerkingsvormen = [.. a.Samenwerkingsvormen],
        Talen = [.. a.Talen],
        Locaties = a.Locaties.Select(l => new Locatie
        {
            Naam = l.Naam, Straat = l.Straat, Postcode = l.Postcode, GemeenteNis = l.GemeenteNis, Plaats = l.Plaats,
            Latitude = l.Latitude, Longitude = l.Longitude, Openingsuren = l.Openingsuren,
        }).ToList(),
        Werkingsgebied = a.Werkingsgebied.Select(g => new Gebied { Soort = g.Soort, Code = g.Code }).ToList(),
    };

    public void PasToeOp(Aanbod a)
    {
        a.Naam = Naam;
        a.Beschrijving = Beschrijving;
        a.Kosten = Kosten;
        a.Actief = Actief;
        a.Doelgroepen = [.. Doelgroepen];
        a.Aanleidingen = [.. Aanleidingen];
        a.Samenwerkingsvormen = [.. Samenwerkingsvormen];
        a.Talen = [.. Talen];
        a.Locaties = Locaties.Select(l => new Locatie
        {
            Naam = l.Naam, Straat = l.Straat, Postcode = l.Postcode, GemeenteNis = l.GemeenteNis, Plaats = l.Plaats,
            Latitude = l.Latitude, Longitude = l.Longitude, Openingsuren = l.Openingsuren,
        }).ToList();
        a.Werkingsgebied = Werkingsgebied.Select(g => new Gebied { Soort = g.Soort, Code = g.Code }).ToList();
    }

    /// <summary>Every editable field of the aanbod, the name included: a change to any of them is a change.</summary>
    public string Tekst()
    {
        var regels = new List<string> { "Naam: " + Naam, Beschrijving };
        if (!string.IsNullOrWhiteSpace(Kosten))
        {
            regels.Add("Kosten: " + Kosten);
        }

        if (Doelgroepen.Count > 0)
        {
            regels.Add("Voor wie: " + OrganisatieMomentopname.Labels(Vocabulaire.Doelgroepen, Doelgroepen));
        }

        if (Aanleidingen.Count > 0)
        {
            regels.Add("Aanleidingen: " + OrganisatieMomentopname.Labels(Vocabulaire.Aanleidingen, Aanleidingen));
        }

        if (Samenwerkingsvormen.Count > 0)
        {
            regels.Add("Samenwerkingsvormen: " + OrganisatieMomentopname.Labels(Vocabulaire.Samenwerkingsvormen, Samenwerkingsvormen));
        }

        if (Talen.Count > 0)
        {
            regels.Add("Talen: " + string.Join(", ", Talen.Select(TaalNamen.Naam)));
        }

        regels.Add(Actief ? "Actief" : "Niet actief");
        return string.Join("\n", regels.Where(r => !string.IsNullOrWhiteSpace(r)));
    }
}

/// <summary>The editable state of a school.</summary>
public sealed class SchoolMomentopname
{
    public required string Naam { get; init; }
    public string? Instellingsnummer { get; init; }
    public Onderwijsniveau Onderwijsniveau { get; init; }
    public required string Net { get; init; }
    public string? Straat { get; init; }
    public string? Postcode { get; init; }
    public required string GemeenteNis { get; init; }
    public double Latitude { get; init; }
    public double Longitude { get; init; }
    public string? Email { get; init; }
    public string? Telefoon { get; init; }
    public string? Website { get; init; }
    public Aanspreekpunt? Zorgcoordinator { get; init; }

    public static SchoolMomentopname Van(School s) => new()
    {
        Naam = s.Naam,
        Instellingsnummer = s.Instellingsnummer,
        Onderwijsniveau = s.Onderwijsniveau,
        Net = s.Net,
        Straat = s.Straat,
        Postcode = s.Postcode,
        GemeenteNis = s.GemeenteNis,
        Latitude = s.Latitude,
        Longitude = s.Longitude,
        Email = s.Email,
        Telefoon = s.Telefoon,
        Website = s.Website,
        Zorgcoordinator = s.Zorgcoordinator is null ? null : new Aanspreekpunt
        {
            Naam = s.Zorgcoordinator.Naam, Functie = s.Zorgcoordinator.Functie, Email = s.Zorgcoordinator.Email, Telefoon = s.Zorgcoordinator.Telefoon,
        },
    };

    public void PasToeOp(School s)
    {
        s.Naam = Naam;
        s.Instellingsnummer = Instellingsnummer;
        s.Onderwijsniveau = Onderwijsniveau;
        s.Net = Net;
        s.Straat = Straat;
        s.Postcode = Postcode;
        s.GemeenteNis = GemeenteNis;
        s.Latitude = Latitude;
        s.Longitude = Longitude;
        s.Email = Email;
        s.Telefoon = Telefoon;
        s.Website = Website;
        s.Zorgcoordinator = Zorgcoordinator is null ? null : new Aanspreekpunt
        {
            Naam = Zorgcoordinator.Naam, Functie = Zorgcoordinator.Functie, Email = Zorgcoordinator.Email, Telefoon = Zorgcoordinator.Telefoon,
        };
    }

    public IReadOnlyList<ProfielVeld> Velden(GemeenteLookup gemeenten) =>
    [
        new("naam", "Naam", Naam),
        new("instellingsnummer", "Instellingsnummer", Instellingsnummer ?? string.Empty),
        new("niveau", "Onderwijsniveau", Scholen.SchoolProfiel.NiveauLabel(Onderwijsniveau)),
        new("net", "Net", Scholen.SchoolProfiel.NetLabel(Net)),
        new("straat", "Straat en nummer", Straat ?? string.Empty),
        new("postcode", "Postcode", Postcode ?? string.Empty),
        new("gemeente", "Gemeente", gemeenten.ByNis(GemeenteNis)?.Weergavenaam ?? GemeenteNis),
        new("email", "E-mail", Email ?? string.Empty),
        new("telefoon", "Telefoon", Telefoon ?? string.Empty),
        new("website", "Website", Website ?? string.Empty),
        new("zorg-naam", "Zorgcoördinator: naam", Zorgcoordinator?.Naam ?? string.Empty),
        new("zorg-functie", "Zorgcoördinator: functie", Zorgcoordinator?.Functie ?? string.Empty),
        new("zorg-email", "Zorgcoördinator: e-mail", Zorgcoordinator?.Email ?? string.Empty),
        new("zorg-telefoon", "Zorgcoördinator: telefoon", Zorgcoordinator?.Telefoon ?? string.Empty),
    ];

    public string Json() => JsonSerializer.Serialize(this, Momentopnamen.Opties);

    /// <summary>The fields and the snapshot, as <see cref="ProfielHistoriek"/> records them.</summary>
    public (IReadOnlyList<ProfielVeld> Velden, string Json) Toestand(GemeenteLookup gemeenten) => (Velden(gemeenten), Json());
}

public static class Momentopnamen
{
    public static readonly JsonSerializerOptions Opties = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    /// <summary>The fields whose value differs between two states, labelled with the newest label.</summary>
    public static List<VeldWijziging> Verschillen(IReadOnlyList<ProfielVeld> oud, IReadOnlyList<ProfielVeld> nieuw)
    {
        var oudePerSleutel = oud.ToDictionary(v => v.Sleutel);
        var nieuwePerSleutel = nieuw.ToDictionary(v => v.Sleutel);
        var wijzigingen = new List<VeldWijziging>();
        foreach (var veld in nieuw)
        {
            var vorige = oudePerSleutel.GetValueOrDefault(veld.Sleutel)?.Waarde ?? string.Empty;
            if (!string.Equals(vorige, veld.Waarde, StringComparison.Ordinal))
            {
                wijzigingen.Add(new VeldWijziging(veld.Label, Leeg(vorige), Leeg(veld.Waarde)));
            }
        }

        foreach (var veld in oud.Where(v => !nieuwePerSleutel.ContainsKey(v.Sleutel) && v.Waarde.Length > 0))
        {
            wijzigingen.Add(new VeldWijziging(veld.Label, veld.Waarde, null));
        }

        return wijzigingen;
    }

    public static string Json(IReadOnlyList<VeldWijziging> wijzigingen) => JsonSerializer.Serialize(wijzigingen, Opties);

    public static IReadOnlyList<VeldWijziging> LeesWijzigingen(string json) =>
        JsonSerializer.Deserialize<List<VeldWijziging>>(json, Opties) ?? [];

    private static string? Leeg(string waarde) => waarde.Length == 0 ? null : waarde;
}
