using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Profielbeheer;

/// <summary>The edit form of an organisatie profile. Only these fields bind; the entity never does.</summary>
public sealed class OrganisatieFormulier
{
    /// <summary>The <see cref="Organisatie.Versie"/> the form was built from.</summary>
    public int Versie { get; set; }

    [Required(ErrorMessage = "Vul de naam van de organisatie in.")]
    [StringLength(Veldlengtes.Naam, ErrorMessage = "De naam heeft hoogstens {1} tekens.")]
    [Display(Name = "Naam van de organisatie")]
    public string? Naam { get; set; }

    [Required(ErrorMessage = "Kies het type organisatie.")]
    [Display(Name = "Type organisatie")]
    public string? Type { get; set; }

    [Required(ErrorMessage = "Beschrijf kort wat de organisatie doet.")]
    [StringLength(Veldlengtes.Beschrijving, ErrorMessage = "De beschrijving heeft hoogstens {1} tekens.")]
    [Display(Name = "Wat doet de organisatie?")]
    public string? Beschrijving { get; set; }

    [Display(Name = "Is de organisatie open?")]
    public OrganisatieStatus Status { get; set; }

    [StringLength(Veldlengtes.Naam, ErrorMessage = "De naam heeft hoogstens {1} tekens.")]
    [Display(Name = "Naam")]
    public string? AanspreekpuntNaam { get; set; }

    [StringLength(Veldlengtes.Naam, ErrorMessage = "De functie heeft hoogstens {1} tekens.")]
    [Display(Name = "Functie")]
    public string? AanspreekpuntFunctie { get; set; }

    [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in voor het aanspreekpunt, bijvoorbeeld naam@organisatie.be.")]
    [StringLength(Veldlengtes.Email, ErrorMessage = "Een e-mailadres heeft hoogstens {1} tekens.")]
    [Display(Name = "E-mailadres")]
    public string? AanspreekpuntEmail { get; set; }

    [StringLength(Veldlengtes.Telefoon, ErrorMessage = "Een telefoonnummer heeft hoogstens {1} tekens.")]
    [RegularExpression(Telefoonnummer.Patroon, ErrorMessage = "Vul een telefoonnummer in met alleen cijfers, spaties, / . - en eventueel + vooraan.")]
    [Display(Name = "Telefoon")]
    public string? AanspreekpuntTelefoon { get; set; }

    [StringLength(Veldlengtes.Telefoon, ErrorMessage = "Een telefoonnummer heeft hoogstens {1} tekens.")]
    [RegularExpression(Telefoonnummer.Patroon, ErrorMessage = "Vul een telefoonnummer in met alleen cijfers, spaties, / . - en eventueel + vooraan.")]
    [Display(Name = "Algemeen telefoonnummer")]
    public string? Telefoon { get; set; }

    [EmailAddress(ErrorMessage = "Vul een geldig algemeen e-mailadres in, bijvoorbeeld info@organisatie.be.")]
    [StringLength(Veldlengtes.Email, ErrorMessage = "Een e-mailadres heeft hoogstens {1} tekens.")]
    [Display(Name = "Algemeen e-mailadres")]
    public string? Email { get; set; }

    [StringLength(Veldlengtes.Website, ErrorMessage = "Het webadres heeft hoogstens {1} tekens.")]
    [Display(Name = "Website")]
    public string? Website { get; set; }

    [StringLength(20, ErrorMessage = "Een ondernemingsnummer heeft 10 cijfers.")]
    [Display(Name = "Ondernemingsnummer (KBO)")]
    public string? KboNummer { get; set; }

    [StringLength(Veldlengtes.Openingsuren, ErrorMessage = "De openingsuren hebben hoogstens {1} tekens.")]
    [Display(Name = "Openingsuren")]
    public string? Openingsuren { get; set; }

    [StringLength(Veldlengtes.Kosten, ErrorMessage = "Deze tekst heeft hoogstens {1} tekens.")]
    [Display(Name = "Wat kost het?")]
    public string? Kosten { get; set; }

    [StringLength(Veldlengtes.LangeTekst, ErrorMessage = "Deze tekst heeft hoogstens {1} tekens.")]
    [Display(Name = "Hoe krijgt een ouder hulp?")]
    public string? ToegangOuders { get; set; }

    [StringLength(Veldlengtes.LangeTekst, ErrorMessage = "Deze tekst heeft hoogstens {1} tekens.")]
    [Display(Name = "Hoe verwijst een school door of stelt ze een vraag?")]
    public string? ToegangProfessionals { get; set; }

    [StringLength(Veldlengtes.LangeTekst, ErrorMessage = "Deze tekst heeft hoogstens {1} tekens.")]
    [Display(Name = "Hoe gaan jullie om met informatie over gezinnen?")]
    public string? GedeeldeInformatie { get; set; }

    public List<LocatieInvoer> Locaties { get; set; } = [];

    [StringLength(4000, ErrorMessage = "Deze lijst heeft hoogstens 4000 tekens.")]
    [Display(Name = "Gemeenten")]
    public string? WerkingsgebiedGemeenten { get; set; }

    public List<string> WerkingsgebiedProvincies { get; set; } = [];

    public List<string> WerkingsgebiedGewesten { get; set; } = [];

    [StringLength(300, ErrorMessage = "Deze lijst heeft hoogstens 300 tekens.")]
    [Display(Name = "Talen")]
    public string? Talen { get; set; }

    public List<string> Doelgroepen { get; set; } = [];

    public List<string> Aanleidingen { get; set; } = [];

    public List<VormInvoer> Vormen { get; set; } = [];

    public static OrganisatieFormulier Van(Organisatie o, GemeenteLookup gemeenten)
    {
        var formulier = new OrganisatieFormulier
        {
            Versie = o.Versie,
            Naam = o.Naam,
            Type = o.Type,
            Beschrijving = o.Beschrijving,
            Status = o.Status,
            AanspreekpuntNaam = o.Aanspreekpunt?.Naam,
            AanspreekpuntFunctie = o.Aanspreekpunt?.Functie,
            AanspreekpuntEmail = o.Aanspreekpunt?.Email,
            AanspreekpuntTelefoon = o.Aanspreekpunt?.Telefoon,
            Telefoon = o.Telefoon,
            Email = o.Email,
            Website = o.Website,
            KboNummer = o.KboNummer,
            Openingsuren = o.Openingsuren,
            Kosten = o.Kosten,
            ToegangOuders = o.ToegangOuders,
            ToegangProfessionals = o.ToegangProfessionals,
            GedeeldeInformatie = o.GedeeldeInformatie,
            Locaties = o.Locaties.Select(l => new LocatieInvoer
            {
                Naam = l.Naam,
                Straat = l.Straat,
                Postcode = l.Postcode,
                Gemeente = gemeenten.OpNis(l.GemeenteNis)?.Naam ?? l.Plaats,
                Openingsuren = l.Openingsuren,
            }).ToList(),
            WerkingsgebiedGemeenten = string.Join(", ", o.Werkingsgebied.Where(g => g.Soort == GebiedSoort.Gemeente)
                .Select(g => gemeenten.OpNis(g.Code)?.Naam ?? g.Code)),
            WerkingsgebiedProvincies = o.Werkingsgebied.Where(g => g.Soort == GebiedSoort.Provincie).Select(g => g.Code).ToList(),
            WerkingsgebiedGewesten = o.Werkingsgebied.Where(g => g.Soort == GebiedSoort.Gewest).Select(g => g.Code).ToList(),
            Talen = string.Join(", ", o.Talen),
            Doelgroepen = [.. o.Doelgroepen],
            Aanleidingen = [.. o.Aanleidingen],
            Vormen = Vocabulaire.Samenwerkingsvormen.Select(v => new VormInvoer
            {
                Code = v.Code,
                Gekozen = o.Samenwerkingsvormen.Any(s => s.Code == v.Code),
                Toelichting = o.Samenwerkingsvormen.FirstOrDefault(s => s.Code == v.Code)?.Toelichting,
            }).ToList(),
        };
        formulier.ZorgVoorLegeLocatie();
        return formulier;
    }

    /// <summary>An empty form for a new organisatie: every samenwerkingsvorm to tick and one empty location.</summary>
    public static OrganisatieFormulier Nieuw()
    {
        var formulier = new OrganisatieFormulier();
        formulier.VulVormenAan();
        formulier.ZorgVoorLegeLocatie();
        return formulier;
    }

    /// <summary>
    /// A posted form only carries the vormen that were sent: every samenwerkingsvorm gets its row again, in vocabulary
    /// order, and unknown codes stay so that <see cref="Valideer"/> reports them.
    /// </summary>
    public void VulVormenAan() =>
        Vormen = Vocabulaire.Samenwerkingsvormen
            .Select(v => Vormen.FirstOrDefault(f => f.Code == v.Code) ?? new VormInvoer { Code = v.Code })
            .Concat(Vormen.Where(f => Vocabulaire.Vind(Vocabulaire.Samenwerkingsvormen, f.Code) is null))
            .ToList();

    /// <summary>What a posted form is ready for (<see cref="Lees"/>).</summary>
    public enum Stap
    {
        /// <summary>Checked without errors: the snapshot can be saved.</summary>
        Klaar,

        /// <summary>"Nog een locatie toevoegen": show the form again with one more empty location, no messages.</summary>
        LocatieToegevoegd,

        /// <summary>Show the form again with its messages (a 400).</summary>
        Fouten,
    }

    /// <summary>
    /// Reads a posted form the same way on every page that has it (editing a profile, a proposal, a Beheerder's new
    /// organisatie): fills in the vormen, checks it (<see cref="Valideer"/>) and handles "Nog een locatie toevoegen".
    /// The snapshot is only meant to be used when the step is <see cref="Stap.Klaar"/>.
    /// </summary>
    public (OrganisatieMomentopname Invoer, Stap Stap) Lees(ModelStateDictionary fouten, string prefix, GemeenteLookup gemeenten, string? actie)
    {
        VulVormenAan();
        var invoer = Valideer(fouten, prefix, gemeenten);
        if (actie == "locatie-toevoegen")
        {
            fouten.Clear();
            Locaties.Add(new LocatieInvoer());
            return (invoer, Stap.LocatieToegevoegd);
        }

        if (!fouten.IsValid)
        {
            ZorgVoorLegeLocatie();
            return (invoer, Stap.Fouten);
        }

        return (invoer, Stap.Klaar);
    }

    /// <summary>There is always one empty row to add a location without JavaScript.</summary>
    public void ZorgVoorLegeLocatie()
    {
        Locaties.RemoveAll(l => l.IsLeeg);
        Locaties.Add(new LocatieInvoer());
    }

    /// <summary>
    /// Checks what attributes cannot (codes, KBO check digit, gemeenten, languages) and returns the profile the input
    /// stands for, cleaned up (trimmed, codes in vocabulary order, gemeenten found); without its aanbod, which this form
    /// does not edit. Errors go to <paramref name="fouten"/> under the field names of this form; the snapshot is only
    /// meant to be used when there are none.
    /// </summary>
    public OrganisatieMomentopname Valideer(ModelStateDictionary fouten, string prefix, GemeenteLookup gemeenten)
    {

        if (Type is not null && Vocabulaire.Vind(Vocabulaire.Organisatietypes, Type) is null)
        {
            fouten.AddModelError(prefix + nameof(Type), "Kies een type uit de lijst.");
        }

        if (!Enum.IsDefined(Status))
        {
            fouten.AddModelError(prefix + nameof(Status), "Kies of de organisatie open, tijdelijk gesloten of gestopt is.");
        }

        string? kbo = null;
        if (!string.IsNullOrWhiteSpace(KboNummer))
        {
            kbo = Kbo.Normaliseer(KboNummer);
            if (kbo is null)
            {
                fouten.AddModelError(prefix + nameof(KboNummer), "Dit ondernemingsnummer klopt niet. Het heeft 10 cijfers, bijvoorbeeld 0123.456.749.");
            }
        }

        var website = Website?.Trim();
        if (!string.IsNullOrEmpty(website))
        {
            if (!website.Contains("://", StringComparison.Ordinal))
            {
                website = "https://" + website;
            }

            if (!Uri.TryCreate(website, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || !uri.Host.Contains('.', StringComparison.Ordinal))
            {
                fouten.AddModelError(prefix + nameof(Website), "Vul een geldig webadres in, bijvoorbeeld https://www.organisatie.be.");
            }
        }

        var locaties = new List<Locatie>();
        for (var i = 0; i < Locaties.Count; i++)
        {
            var invoer = Locaties[i];
            if (invoer.IsLeeg || invoer.Verwijderen)
            {
                continue;
            }

            var gemeente = gemeenten.Vind(invoer.Gemeente) ?? gemeenten.OpPostcode(invoer.Postcode?.Trim());
            if (string.IsNullOrWhiteSpace(invoer.Gemeente) && gemeente is null)
            {
                fouten.AddModelError(prefix + $"{nameof(Locaties)}[{i}].{nameof(LocatieInvoer.Gemeente)}", $"Vul de gemeente van locatie {i + 1} in.");
                continue;
            }

            if (gemeente is null)
            {
                fouten.AddModelError(prefix + $"{nameof(Locaties)}[{i}].{nameof(LocatieInvoer.Gemeente)}",
                    $"We kennen de gemeente ‘{invoer.Gemeente}’ van locatie {i + 1} niet. Schrijf de naam zoals op de kaart van Vlaanderen of Brussel, of vul de postcode in.");
                continue;
            }

            if (!string.IsNullOrWhiteSpace(invoer.Postcode) && !gemeente.Postcodes.Split(',', ' ', ';').Contains(invoer.Postcode.Trim()))
            {
                fouten.AddModelError(prefix + $"{nameof(Locaties)}[{i}].{nameof(LocatieInvoer.Postcode)}",
                    $"Postcode {invoer.Postcode.Trim()} hoort niet bij {gemeente.Naam} (locatie {i + 1}).");
                continue;
            }

            var (latitude, longitude) = gemeenten.Positie(gemeente, invoer.Postcode, invoer.Gemeente);
            locaties.Add(new Locatie
            {
                Naam = Leeg(invoer.Naam),
                Straat = Leeg(invoer.Straat),
                Postcode = Leeg(invoer.Postcode) ?? gemeente.Postcodes.Split(',', ' ', ';')[0],
                GemeenteNis = gemeente.NisCode,
                Plaats = gemeente.Naam,
                Latitude = latitude,
                Longitude = longitude,
                Openingsuren = Leeg(invoer.Openingsuren),
            });
        }

        var gebied = new List<Gebied>();
        // Regions, provinces, then gemeenten: the same order as the form.
        foreach (var gewest in WerkingsgebiedGewesten.Distinct())
        {
            if (gewest is "Vlaanderen" or "Brussel")
            {
                gebied.Add(new Gebied { Soort = GebiedSoort.Gewest, Code = gewest });
            }
            else
            {
                fouten.AddModelError(prefix + nameof(WerkingsgebiedGewesten), "Kies Vlaanderen of Brussel.");
            }
        }

        foreach (var provincie in WerkingsgebiedProvincies.Distinct())
        {
            if (gemeenten.Provincie(provincie) is { } naam)
            {
                gebied.Add(new Gebied { Soort = GebiedSoort.Provincie, Code = naam });
            }
            else
            {
                fouten.AddModelError(prefix + nameof(WerkingsgebiedProvincies), "Kies een provincie uit de lijst.");
            }
        }

        var onbekend = new List<string>();
        foreach (var naam in Splits(WerkingsgebiedGemeenten))
        {
            var gevonden = gemeenten.Vind(naam);
            var gemeentenVanNaam = gevonden is null ? gemeenten.OpNaam(naam) : [gevonden];
            if (gemeentenVanNaam.Count == 0)
            {
                onbekend.Add(naam);
            }

            foreach (var g in gemeentenVanNaam.Where(g => gebied.All(x => x.Code != g.NisCode)))
            {
                gebied.Add(new Gebied { Soort = GebiedSoort.Gemeente, Code = g.NisCode });
            }
        }

        if (onbekend.Count > 0)
        {
            fouten.AddModelError(prefix + nameof(WerkingsgebiedGemeenten),
                $"Deze gemeenten kennen we niet: {string.Join(", ", onbekend)}. Schrijf ze zoals op de kaart, gescheiden door komma's.");
        }

        var talen = Taal.Valideer(Talen, fouten, prefix + nameof(Talen));

        Controleer(fouten, prefix + nameof(Doelgroepen), Doelgroepen, Vocabulaire.Doelgroepen, "doelgroep");
        Controleer(fouten, prefix + nameof(Aanleidingen), Aanleidingen, Vocabulaire.Aanleidingen, "aanleiding");
        var vormen = new List<VormToelichting>();
        for (var i = 0; i < Vormen.Count; i++)
        {
            var vorm = Vormen[i];
            if (Vocabulaire.Vind(Vocabulaire.Samenwerkingsvormen, vorm.Code) is null)
            {
                fouten.AddModelError(prefix + nameof(Vormen), "Kies samenwerkingsvormen uit de lijst.");
                continue;
            }

            if (vorm.Toelichting?.Length > Veldlengtes.Toelichting)
            {
                fouten.AddModelError(prefix + $"{nameof(Vormen)}[{i}].{nameof(VormInvoer.Toelichting)}", $"Een toelichting heeft hoogstens {Veldlengtes.Toelichting} tekens.");
            }

            if (vorm.Gekozen)
            {
                vormen.Add(new VormToelichting { Code = vorm.Code!, Toelichting = Leeg(vorm.Toelichting) });
            }
        }

        return new OrganisatieMomentopname
        {
            Naam = Naam?.Trim() ?? string.Empty,
            Type = Type ?? string.Empty,
            Beschrijving = Beschrijving?.Trim() ?? string.Empty,
            Status = Status,
            KboNummer = kbo,
            Website = Leeg(website),
            Email = Leeg(Email),
            Telefoon = Leeg(Telefoon),
            Openingsuren = Leeg(Openingsuren),
            Kosten = Leeg(Kosten),
            ToegangOuders = Leeg(ToegangOuders),
            ToegangProfessionals = Leeg(ToegangProfessionals),
            GedeeldeInformatie = Leeg(GedeeldeInformatie),
            Aanspreekpunt = new[] { AanspreekpuntNaam, AanspreekpuntFunctie, AanspreekpuntEmail, AanspreekpuntTelefoon }.All(string.IsNullOrWhiteSpace)
                ? null
                : new Aanspreekpunt { Naam = Leeg(AanspreekpuntNaam), Functie = Leeg(AanspreekpuntFunctie), Email = Leeg(AanspreekpuntEmail), Telefoon = Leeg(AanspreekpuntTelefoon) },
            Locaties = locaties,
            Werkingsgebied = gebied,
            Talen = talen.Distinct().ToList(),
            Doelgroepen = Vocabulaire.Doelgroepen.Select(t => t.Code).Where(Doelgroepen.Contains).ToList(),
            Aanleidingen = Vocabulaire.Aanleidingen.Select(t => t.Code).Where(Aanleidingen.Contains).ToList(),
            Samenwerkingsvormen = vormen,
        };
    }

    public static void Controleer(ModelStateDictionary fouten, string veld, IEnumerable<string> codes, IReadOnlyList<Term> vocabulaire, string soort)
    {
        if (codes.Any(c => Vocabulaire.Vind(vocabulaire, c) is null))
        {
            fouten.AddModelError(veld, $"Kies elke {soort} uit de lijst.");
        }
    }

    public static IEnumerable<string> Splits(string? lijst) =>
        (lijst ?? string.Empty).Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase);

    public static string? Leeg(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst.Trim();
}
