using System.ComponentModel.DataAnnotations;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Profielbeheer;

public sealed class LocatieInvoer
{
    [StringLength(Veldlengtes.Naam, ErrorMessage = "De naam van een locatie heeft hoogstens {1} tekens.")]
    [Display(Name = "Naam van de locatie (niet verplicht)")]
    public string? Naam { get; set; }

    [StringLength(Veldlengtes.Straat, ErrorMessage = "Straat en nummer hebben hoogstens {1} tekens.")]
    [Display(Name = "Straat en nummer")]
    public string? Straat { get; set; }

    [StringLength(4, MinimumLength = 4, ErrorMessage = "Een postcode heeft 4 cijfers.")]
    [RegularExpression("^[0-9]{4}$", ErrorMessage = "Een postcode heeft 4 cijfers.")]
    [Display(Name = "Postcode")]
    public string? Postcode { get; set; }

    [StringLength(Veldlengtes.Gemeentenaam, ErrorMessage = "De naam van een gemeente heeft hoogstens {1} tekens.")]
    [Display(Name = "Gemeente")]
    public string? Gemeente { get; set; }

    [StringLength(Veldlengtes.Openingsuren, ErrorMessage = "De openingsuren hebben hoogstens {1} tekens.")]
    [Display(Name = "Openingsuren op deze locatie")]
    public string? Openingsuren { get; set; }

    [Display(Name = "Deze locatie verwijderen")]
    public bool Verwijderen { get; set; }

    public bool IsLeeg => new[] { Naam, Straat, Postcode, Gemeente, Openingsuren }.All(string.IsNullOrWhiteSpace);
}
