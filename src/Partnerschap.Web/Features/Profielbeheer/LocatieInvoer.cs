using System.ComponentModel.DataAnnotations;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Profielbeheer;

public sealed class LocatieInvoer : AdresInvoer
{
    [StringLength(Veldlengtes.Naam, ErrorMessage = "De naam van een locatie heeft hoogstens {1} tekens.")]
    [Display(Name = "Naam van de locatie (niet verplicht)")]
    public string? Naam { get; set; }

    [StringLength(Veldlengtes.Openingsuren, ErrorMessage = "De openingsuren hebben hoogstens {1} tekens.")]
    [Display(Name = "Openingsuren op deze locatie")]
    public string? Openingsuren { get; set; }

    [Display(Name = "Deze locatie verwijderen")]
    public bool Verwijderen { get; set; }

    public bool IsLeeg => new[] { Naam, Straat, Postcode, Gemeente, Openingsuren }.All(string.IsNullOrWhiteSpace);
}
