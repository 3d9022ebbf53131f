using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features;

/// <summary>
/// The address fields of a form (a locatie of an organisatie, a school), with one set of limits and Dutch messages.
/// <see cref="VindGemeente"/> checks the gemeente and postcode against the known places.
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

    /// <summary>
    /// The gemeente typed (or, when none, the one of the postcode), checked against the postcode; null with a Dutch
    /// error under <paramref name="prefix"/> + Gemeente or Postcode otherwise. <paramref name="leeg"/> is the message
    /// when neither is filled in.
    /// </summary>
    public Gemeente? VindGemeente(ModelStateDictionary fouten, string prefix, GemeenteLookup gemeenten, string leeg)
    {
        var postcode = string.IsNullOrWhiteSpace(Postcode) ? null : Postcode.Trim();
        var gemeente = gemeenten.Vind(Gemeente) ?? (string.IsNullOrWhiteSpace(Gemeente) ? gemeenten.OpPostcode(postcode) : null);
        if (gemeente is null)
        {
            fouten.AddModelError(prefix + nameof(Gemeente), string.IsNullOrWhiteSpace(Gemeente)
                ? leeg
                : $"We kennen de gemeente ‘{Gemeente.Trim()}’ niet. Schrijf de naam zoals op de kaart van Vlaanderen of Brussel, of vul de postcode in.");
        }
        else if (postcode is not null && fouten.GetFieldValidationState(prefix + nameof(Postcode)) != ModelValidationState.Invalid &&
            !gemeente.Postcodes.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries).Contains(postcode))
        {
            fouten.AddModelError(prefix + nameof(Postcode), $"Postcode {postcode} hoort niet bij {gemeente.Naam}. Kijk de postcode en de gemeente na.");
        }

        return gemeente;
    }
}
