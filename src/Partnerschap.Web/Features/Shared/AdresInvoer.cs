using System.ComponentModel.DataAnnotations;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features;

/// <summary>
/// The address fields of a form (a locatie of an organisatie, a school), with one set of limits and Dutch messages.
/// The form checks the gemeente and postcode against the known places itself (<c>Valideer</c>).
/// </summary>
public abstract class AdresInvoer
{
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
}
