using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.Profielbeheer;

namespace Partnerschap.Web.Features.Foutmeldingen;

/// <summary>
/// "Stel een wijziging voor": a new value for one field (<see cref="Veld"/>), checked as the profile forms check it.
/// Only the chosen field's input is read.
/// </summary>
public sealed class SuggestieFormulier : AdresInvoer
{
    /// <summary>The field code (<see cref="Suggesties"/>).</summary>
    public string? Veld { get; set; }

    [StringLength(Veldlengtes.Telefoon, ErrorMessage = "Een telefoonnummer heeft hoogstens {1} tekens.")]
    [RegularExpression(Telefoonnummer.Patroon, ErrorMessage = "Vul een telefoonnummer in met alleen cijfers, spaties, / . - en eventueel + vooraan.")]
    [Display(Name = "Nieuw telefoonnummer")]
    public string? Telefoon { get; set; }

    [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in, bijvoorbeeld info@organisatie.be.")]
    [StringLength(Veldlengtes.Email, ErrorMessage = "Een e-mailadres heeft hoogstens {1} tekens.")]
    [Display(Name = "Nieuw e-mailadres")]
    public string? EmailAdres { get; set; }

    [StringLength(Veldlengtes.Openingsuren, ErrorMessage = "De openingsuren hebben hoogstens {1} tekens.")]
    [Display(Name = "Nieuwe openingsuren")]
    public string? Openingsuren { get; set; }

    [StringLength(Veldlengtes.Naam, ErrorMessage = "De naam of functie heeft hoogstens {1} tekens.")]
    [Display(Name = "Naam of functie")]
    public string? Aanspreekpunt { get; set; }

    [StringLength(2000, ErrorMessage = "Een toelichting heeft hoogstens {1} tekens.")]
    [Display(Name = "Toelichting (niet verplicht)")]
    public string? Toelichting { get; set; }

    [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in, of laat het veld leeg.")]
    [StringLength(256, ErrorMessage = "Een e-mailadres heeft hoogstens 256 tekens.")]
    [Display(Name = "Je e-mailadres (niet verplicht)")]
    public string? Email { get; set; }

    /// <summary>Honeypot: hidden from people, filled in by robots.</summary>
    public string? Website { get; set; }

    /// <summary>The form field of each code, for its error message.</summary>
    public static string Invoerveld(string code) => code switch
    {
        Suggesties.Telefoon => nameof(Telefoon),
        Suggesties.Email => nameof(EmailAdres),
        Suggesties.Openingsuren => nameof(Openingsuren),
        Suggesties.Aanspreekpunt => nameof(Aanspreekpunt),
        _ => nameof(Gemeente),
    };

    /// <summary>
    /// The proposed value as it will be stored (an address as one line), or null with a Dutch error: nothing filled
    /// in, an unknown gemeente, or the value the profile already has (<paramref name="huidig"/>).
    /// </summary>
    public string? Valideer(ModelStateDictionary fouten, string prefix, SuggestieVeld veld, GemeenteLookup gemeenten, string? huidig)
    {
        var invoerveld = prefix + Invoerveld(veld.Code);
        if (fouten.GetFieldValidationState(invoerveld) == ModelValidationState.Invalid)
        {
            return null;
        }

        var waarde = veld.Code switch
        {
            Suggesties.Telefoon => OrganisatieFormulier.Leeg(Telefoon),
            Suggesties.Email => OrganisatieFormulier.Leeg(EmailAdres),
            Suggesties.Openingsuren => OrganisatieFormulier.Leeg(Openingsuren),
            Suggesties.Aanspreekpunt => OrganisatieFormulier.Leeg(Aanspreekpunt),
            _ => VindGemeente(fouten, prefix, gemeenten, "Vul de gemeente van het nieuwe adres in.") is { } gemeente
                ? gemeenten.Adresregel(OrganisatieFormulier.Leeg(Straat), OrganisatieFormulier.Leeg(Postcode) ?? gemeente.Postcodes.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(), gemeente.NisCode, null)
                : null,
        };
        if (!fouten.IsValid)
        {
            return null;
        }

        if (waarde is null)
        {
            fouten.AddModelError(invoerveld, $"Vul in wat er moet staan: {veld.Nieuw.ToLowerInvariant()}.");
        }
        else if (string.Equals(waarde, huidig, StringComparison.Ordinal))
        {
            fouten.AddModelError(invoerveld, "Dit staat al zo in het profiel. Vul de nieuwe waarde in.");
            return null;
        }

        return waarde;
    }
}
