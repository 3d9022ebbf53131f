using System.Text.Json;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;

namespace Partnerschap.Web.Features.Profielbeheer;

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
            new("type", "Type", Vocabulaire.Vind(Vocabulaire.Organisatietypes, Type)?.Label ?? Type),
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
        string.Join(", ", codes.Select(c => Vocabulaire.Vind(vocabulaire, c)?.Label ?? c));

    public static string GebiedTekst(IEnumerable<Gebied> gebied, GemeenteLookup gemeenten) =>
        string.Join(", ", gebied.Select(g => g.Soort switch
        {
            GebiedSoort.Gewest => g.Code == "Brussel" ? "heel Brussel" : "heel Vlaanderen",
            GebiedSoort.Provincie => "provincie " + g.Code,
            _ => gemeenten.OpNis(g.Code)?.Weergavenaam ?? g.Code,
        }));

    private static string Tekst(Locatie l, GemeenteLookup gemeenten)
    {
        var delen = new[] { l.Naam, l.Straat, $"{l.Postcode} {gemeenten.OpNis(l.GemeenteNis)?.Weergavenaam ?? l.Plaats}".Trim() }
            .Where(d => !string.IsNullOrWhiteSpace(d));
        var tekst = string.Join(", ", delen);
        return string.IsNullOrWhiteSpace(l.Openingsuren) ? tekst : $"{tekst} (open: {l.Openingsuren})";
    }

    private static Aanspreekpunt Kopie(Aanspreekpunt a) => new() { Naam = a.Naam, Functie = a.Functie, Email = a.Email, Telefoon = a.Telefoon };

    /// <summary>A detached copy: owned (JSON) locaties are replaced as a list, never shared between two owners.</summary>
    public static Locatie Kopie(Locatie l) => new()
    {
        Naam = l.Naam, Straat = l.Straat, Postcode = l.Postcode, GemeenteNis = l.GemeenteNis, Plaats = l.Plaats,
        Latitude = l.Latitude, Longitude = l.Longitude, Openingsuren = l.Openingsuren,
    };
}
