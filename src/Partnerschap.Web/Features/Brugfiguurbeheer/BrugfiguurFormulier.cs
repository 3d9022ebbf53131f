using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.Beheer;
using Partnerschap.Web.Features.Profielbeheer;

namespace Partnerschap.Web.Features.Brugfiguurbeheer;

/// <summary>The edit form of a brugfiguur, also the form a Beheerder creates one with. Only these fields bind.</summary>
public sealed class BrugfiguurFormulier
{
    /// <summary>The kinds of werkgever as the form shows them: code, label.</summary>
    public static readonly IReadOnlyList<(string Code, string Label, Domain.WerkgeverSoort Soort)> Werkgevers =
    [
        ("organisatie", "Een organisatie", Domain.WerkgeverSoort.Organisatie),
        ("school", "Een school", Domain.WerkgeverSoort.School),
        ("gemeente", "Een gemeente", Domain.WerkgeverSoort.Gemeente),
    ];

    /// <summary>The <see cref="Brugfiguur.Versie"/> the form was built from.</summary>
    public int Versie { get; set; }

    [StringLength(Veldlengtes.Naam, ErrorMessage = "De naam heeft hoogstens {1} tekens.")]
    [Display(Name = "Naam (niet verplicht)")]
    public string? Naam { get; set; }

    [Required(ErrorMessage = "Vul de functie in, bijvoorbeeld Brugfiguur of Schoolopbouwwerker.")]
    [StringLength(Veldlengtes.Naam, ErrorMessage = "De functie heeft hoogstens {1} tekens.")]
    [Display(Name = "Functie")]
    public string? Functie { get; set; }

    [Display(Name = "Toon alleen mijn functie, niet mijn naam")]
    public bool AlleenFunctie { get; set; }

    [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in, bijvoorbeeld brugfiguur@gemeente.be.")]
    [StringLength(Veldlengtes.Email, ErrorMessage = "Een e-mailadres heeft hoogstens {1} tekens.")]
    [Display(Name = "E-mailadres")]
    public string? Email { get; set; }

    [StringLength(Veldlengtes.Telefoon, ErrorMessage = "Een telefoonnummer heeft hoogstens {1} tekens.")]
    [RegularExpression(Telefoonnummer.Patroon, ErrorMessage = "Vul een telefoonnummer in met alleen cijfers, spaties, / . - en eventueel + vooraan.")]
    [Display(Name = "Telefoonnummer")]
    public string? Telefoon { get; set; }

    [StringLength(500, ErrorMessage = "De talen hebben samen hoogstens {1} tekens.")]
    [Display(Name = "Talen")]
    public string? Talen { get; set; }

    /// <summary>The ids of the ticked schools.</summary>
    public List<string> Scholen { get; set; } = [];

    [StringLength(4000, ErrorMessage = "Schrijf hoogstens {1} tekens.")]
    [Display(Name = "Scholen toevoegen (niet verplicht)")]
    public string? ExtraScholen { get; set; }

    /// <summary>organisatie, school or gemeente; only a Beheerder changes it.</summary>
    [Display(Name = "Soort werkgever")]
    public string? WerkgeverSoort { get; set; }

    [StringLength(Veldlengtes.Naam, ErrorMessage = "De naam van de werkgever heeft hoogstens {1} tekens.")]
    [Display(Name = "Naam van de werkgever")]
    public string? Werkgever { get; set; }

    public static BrugfiguurFormulier Van(Brugfiguur b, GemeenteLookup gemeenten) => new()
    {
        Versie = b.Versie,
        Naam = b.Naam,
        Functie = b.Functie,
        AlleenFunctie = b.AlleenFunctie,
        Email = b.Email,
        Telefoon = b.Telefoon,
        Talen = string.Join(", ", b.Talen.Select(SocialeKaart.Zoeken.TaalNamen.Naam)),
        Scholen = [.. b.Scholen.Select(s => s.Id.ToString())],
        WerkgeverSoort = Werkgevers.First(w => w.Soort == b.WerkgeverSoort).Code,
        // The link, not the name: names of organisaties are not unique, and the form is saved as it stands.
        Werkgever = b.WerkgeverSoort switch
        {
            Domain.WerkgeverSoort.Organisatie => b.WerkgeverOrganisatie is { } o ? ProfielUrls.Organisatie(o.Slug) : null,
            Domain.WerkgeverSoort.School => b.WerkgeverSchool is { } s ? ProfielUrls.School(s.Slug) : null,
            _ => gemeenten.OpNis(b.WerkgeverGemeenteNis)?.Naam,
        },
    };

    /// <summary>
    /// Checks what attributes cannot (languages, schools, werkgever) and returns the input as the brugfiguur's new
    /// state. The werkgever is read from the form only when <paramref name="metWerkgever"/> (a Beheerder); otherwise
    /// that of <paramref name="huidig"/> stays. Errors go to <paramref name="fouten"/> under the field names of this form.
    /// </summary>
    public async Task<BrugfiguurMomentopname> ValideerAsync(
        ModelStateDictionary fouten, string prefix, PortalDbContext db, GemeenteLookup gemeenten, BrugfiguurMomentopname huidig, bool metWerkgever,
        CancellationToken cancellationToken)
    {
        var talen = Taal.Valideer(Talen, fouten, prefix + nameof(Talen));

        var ids = Scholen.Select(s => Guid.TryParse(s, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList();
        var scholen = await db.Scholen.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new SchoolVerwijzing(s.Id, s.Naam)).ToListAsync(cancellationToken);
        foreach (var regel in OrganisatieFormulier.Leeg(ExtraScholen)?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [])
        {
            var (id, naam, fout) = await ProfielZoeker.SchoolAsync(db, regel, cancellationToken);
            if (fout is null)
            {
                scholen.Add(new SchoolVerwijzing(id!.Value, naam!));
            }
            else
            {
                fouten.AddModelError(prefix + nameof(ExtraScholen), fout);
            }
        }

        var werkgever = metWerkgever ? await WerkgeverAsync(fouten, prefix, db, gemeenten, cancellationToken) : null;
        return new BrugfiguurMomentopname
        {
            Naam = OrganisatieFormulier.Leeg(Naam),
            Functie = Functie?.Trim() ?? string.Empty,
            AlleenFunctie = AlleenFunctie,
            Email = OrganisatieFormulier.Leeg(Email),
            Telefoon = OrganisatieFormulier.Leeg(Telefoon),
            Talen = [.. talen.Distinct()],
            WerkgeverSoort = werkgever?.Soort ?? huidig.WerkgeverSoort,
            WerkgeverOrganisatieId = werkgever is null ? huidig.WerkgeverOrganisatieId : werkgever.OrganisatieId,
            WerkgeverSchoolId = werkgever is null ? huidig.WerkgeverSchoolId : werkgever.SchoolId,
            WerkgeverGemeenteNis = werkgever is null ? huidig.WerkgeverGemeenteNis : werkgever.GemeenteNis,
            Scholen = [.. scholen.DistinctBy(s => s.Id).OrderBy(s => s.Naam, StringComparer.CurrentCulture)],
        };
    }

    private sealed record GekozenWerkgever(WerkgeverSoort Soort, Guid? OrganisatieId, Guid? SchoolId, string? GemeenteNis);

    /// <summary>The werkgever by its link or exact name (<see cref="ProfielZoeker"/>), or a known gemeente; null with an error otherwise.</summary>
    private async Task<GekozenWerkgever?> WerkgeverAsync(
        ModelStateDictionary fouten, string prefix, PortalDbContext db, GemeenteLookup gemeenten, CancellationToken cancellationToken)
    {
        var soort = Werkgevers.FirstOrDefault(w => w.Code == WerkgeverSoort?.Trim());
        if (soort.Code is null)
        {
            fouten.AddModelError(prefix + nameof(WerkgeverSoort), "Kies wie de brugfiguur tewerkstelt: een organisatie, een school of een gemeente.");
            return null;
        }

        var naam = Werkgever?.Trim();
        if (string.IsNullOrEmpty(naam))
        {
            fouten.AddModelError(prefix + nameof(Werkgever), "Vul de naam van de werkgever in.");
            return null;
        }

        switch (soort.Soort)
        {
            case Domain.WerkgeverSoort.Gemeente:
                var gemeente = gemeenten.Vind(naam);
                if (gemeente is not null)
                {
                    return new GekozenWerkgever(soort.Soort, null, null, gemeente.NisCode);
                }

                fouten.AddModelError(prefix + nameof(Werkgever), $"We kennen de gemeente ‘{naam}’ niet. Schrijf de naam zoals op de kaart van Vlaanderen of Brussel.");
                return null;
            case Domain.WerkgeverSoort.School:
                var school = await ProfielZoeker.SchoolAsync(db, naam, cancellationToken);
                return Gekozen(school.Fout, new GekozenWerkgever(soort.Soort, null, school.Id, null));
            default:
                var organisatie = await ProfielZoeker.OrganisatieAsync(db, naam, cancellationToken);
                return Gekozen(organisatie.Fout, new GekozenWerkgever(soort.Soort, organisatie.Id, null, null));
        }

        GekozenWerkgever? Gekozen(string? fout, GekozenWerkgever werkgever)
        {
            if (fout is not null)
            {
                fouten.AddModelError(prefix + nameof(Werkgever), fout);
                return null;
            }

            return werkgever;
        }
    }
}
