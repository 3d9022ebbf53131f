using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.Profielbeheer;

namespace Partnerschap.Web.Features.Schoolbeheer;

/// <summary>The edit form of a school profile. Only these fields bind; the entity never does.</summary>
public sealed class SchoolFormulier : AdresInvoer
{
    /// <summary>The onderwijsniveaus as the form shows them: code, label.</summary>
    public static readonly IReadOnlyList<(string Code, string Label)> Niveaus =
    [
        ("basis", "Basisonderwijs"),
        ("secundair", "Secundair onderwijs"),
        ("buitengewoon", "Buitengewoon onderwijs"),
    ];

    /// <summary>The onderwijsnetten as the form shows them: code, label.</summary>
    public static readonly IReadOnlyList<(string Code, string Label)> Netten =
    [
        ("gemeenschapsonderwijs", "Gemeenschapsonderwijs (GO!)"),
        ("officieel-gesubsidieerd", "Officieel gesubsidieerd onderwijs"),
        ("vrij-gesubsidieerd", "Vrij gesubsidieerd onderwijs"),
    ];

    /// <summary>The <see cref="School.Versie"/> the form was built from.</summary>
    public int Versie { get; set; }

    [Required(ErrorMessage = "Vul de naam van de school in.")]
    [StringLength(Veldlengtes.Naam, ErrorMessage = "De naam heeft hoogstens {1} tekens.")]
    [Display(Name = "Naam van de school")]
    public string? Naam { get; set; }

    [StringLength(Veldlengtes.Instellingsnummer, ErrorMessage = "Een instellingsnummer heeft hoogstens {1} cijfers.")]
    [RegularExpression("^[0-9]{1,10}$", ErrorMessage = "Een instellingsnummer bestaat alleen uit cijfers (hoogstens 10), bijvoorbeeld 012345.")]
    [Display(Name = "Instellingsnummer (niet verplicht)")]
    public string? Instellingsnummer { get; set; }

    [Required(ErrorMessage = "Kies het onderwijsniveau van de school.")]
    [Display(Name = "Onderwijsniveau")]
    public string? Onderwijsniveau { get; set; }

    [Required(ErrorMessage = "Kies het net van de school.")]
    [Display(Name = "Net")]
    public string? Net { get; set; }

    [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in voor de school, bijvoorbeeld info@school.be.")]
    [StringLength(Veldlengtes.Email, ErrorMessage = "Een e-mailadres heeft hoogstens {1} tekens.")]
    [Display(Name = "E-mailadres van de school")]
    public string? Email { get; set; }

    [StringLength(Veldlengtes.Telefoon, ErrorMessage = "Een telefoonnummer heeft hoogstens {1} tekens.")]
    [RegularExpression(Telefoonnummer.Patroon, ErrorMessage = "Vul een telefoonnummer in met alleen cijfers, spaties, / . - en eventueel + vooraan.")]
    [Display(Name = "Telefoonnummer van de school")]
    public string? Telefoon { get; set; }

    [StringLength(Veldlengtes.Website, ErrorMessage = "Het webadres heeft hoogstens {1} tekens.")]
    [Display(Name = "Website")]
    public string? Website { get; set; }

    [StringLength(Veldlengtes.Naam, ErrorMessage = "De naam heeft hoogstens {1} tekens.")]
    [Display(Name = "Naam")]
    public string? ZorgcoordinatorNaam { get; set; }

    [StringLength(Veldlengtes.Naam, ErrorMessage = "De functie heeft hoogstens {1} tekens.")]
    [Display(Name = "Functie")]
    public string? ZorgcoordinatorFunctie { get; set; }

    [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in voor de zorgcoördinator, bijvoorbeeld zorg@school.be.")]
    [StringLength(Veldlengtes.Email, ErrorMessage = "Een e-mailadres heeft hoogstens {1} tekens.")]
    [Display(Name = "E-mailadres")]
    public string? ZorgcoordinatorEmail { get; set; }

    [StringLength(Veldlengtes.Telefoon, ErrorMessage = "Een telefoonnummer heeft hoogstens {1} tekens.")]
    [RegularExpression(Telefoonnummer.Patroon, ErrorMessage = "Vul een telefoonnummer in met alleen cijfers, spaties, / . - en eventueel + vooraan.")]
    [Display(Name = "Telefoon")]
    public string? ZorgcoordinatorTelefoon { get; set; }

    public static SchoolFormulier Van(School s, GemeenteLookup gemeenten) => new()
    {
        Versie = s.Versie,
        Naam = s.Naam,
        Instellingsnummer = s.Instellingsnummer,
        Onderwijsniveau = NiveauCode(s.Onderwijsniveau),
        Net = s.Net,
        Straat = s.Straat,
        Postcode = s.Postcode,
        Gemeente = gemeenten.OpNis(s.GemeenteNis)?.Naam ?? s.GemeenteNis,
        Email = s.Email,
        Telefoon = s.Telefoon,
        Website = s.Website,
        ZorgcoordinatorNaam = s.Zorgcoordinator?.Naam,
        ZorgcoordinatorFunctie = s.Zorgcoordinator?.Functie,
        ZorgcoordinatorEmail = s.Zorgcoordinator?.Email,
        ZorgcoordinatorTelefoon = s.Zorgcoordinator?.Telefoon,
    };

    public static string NiveauCode(Domain.Onderwijsniveau niveau) => niveau switch
    {
        Domain.Onderwijsniveau.Secundair => "secundair",
        Domain.Onderwijsniveau.Buitengewoon => "buitengewoon",
        _ => "basis",
    };

    /// <summary>
    /// Checks what attributes cannot (niveau, net, gemeente and postcode, website) and returns the input as the
    /// school's new state. The coordinates become the centroid of the gemeente only when the gemeente changed;
    /// otherwise those of <paramref name="huidig"/> stay. Errors go to <paramref name="fouten"/> under the field
    /// names of this form.
    /// </summary>
    public SchoolMomentopname Valideer(ModelStateDictionary fouten, string prefix, GemeenteLookup gemeenten, School huidig)
    {
        var niveau = Onderwijsniveau?.Trim() switch
        {
            "basis" => Domain.Onderwijsniveau.Basis,
            "secundair" => Domain.Onderwijsniveau.Secundair,
            "buitengewoon" => Domain.Onderwijsniveau.Buitengewoon,
            _ => (Domain.Onderwijsniveau?)null,
        };
        if (Onderwijsniveau is not null && niveau is null)
        {
            fouten.AddModelError(prefix + nameof(Onderwijsniveau), "Kies basisonderwijs, secundair onderwijs of buitengewoon onderwijs.");
        }

        if (Net is not null && Netten.All(n => n.Code != Net))
        {
            fouten.AddModelError(prefix + nameof(Net), "Kies gemeenschapsonderwijs, officieel gesubsidieerd of vrij gesubsidieerd onderwijs.");
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
                fouten.AddModelError(prefix + nameof(Website), "Vul een geldig webadres in dat begint met http:// of https://, bijvoorbeeld https://www.school.be.");
            }
        }

        var postcode = OrganisatieFormulier.Leeg(Postcode);
        var gemeente = VindGemeente(fouten, prefix, gemeenten, "Vul de gemeente van de school in.");

        var nis = gemeente?.NisCode ?? huidig.GemeenteNis;
        var gemeenteGewijzigd = nis != huidig.GemeenteNis;
        return new SchoolMomentopname
        {
            Naam = Naam?.Trim() ?? string.Empty,
            Instellingsnummer = OrganisatieFormulier.Leeg(Instellingsnummer),
            Onderwijsniveau = niveau ?? huidig.Onderwijsniveau,
            Net = Netten.Any(n => n.Code == Net) ? Net! : huidig.Net,
            Straat = OrganisatieFormulier.Leeg(Straat),
            Postcode = postcode ?? gemeente?.Postcodes.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(),
            GemeenteNis = nis,
            Latitude = gemeenteGewijzigd ? gemeente!.Latitude : huidig.Latitude,
            Longitude = gemeenteGewijzigd ? gemeente!.Longitude : huidig.Longitude,
            Email = OrganisatieFormulier.Leeg(Email),
            Telefoon = OrganisatieFormulier.Leeg(Telefoon),
            Website = OrganisatieFormulier.Leeg(website),
            Zorgcoordinator = new[] { ZorgcoordinatorNaam, ZorgcoordinatorFunctie, ZorgcoordinatorEmail, ZorgcoordinatorTelefoon }.All(string.IsNullOrWhiteSpace)
                ? null
                : new Aanspreekpunt
                {
                    Naam = OrganisatieFormulier.Leeg(ZorgcoordinatorNaam),
                    Functie = OrganisatieFormulier.Leeg(ZorgcoordinatorFunctie),
                    Email = OrganisatieFormulier.Leeg(ZorgcoordinatorEmail),
                    Telefoon = OrganisatieFormulier.Leeg(ZorgcoordinatorTelefoon),
                },
        };
    }
}
