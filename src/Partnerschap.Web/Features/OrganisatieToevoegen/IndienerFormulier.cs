using System.ComponentModel.DataAnnotations;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.OrganisatieToevoegen;

/// <summary>Who proposes the organisatie: the person who becomes its member once the proposal is approved.</summary>
public sealed class IndienerFormulier
{
    [Required(ErrorMessage = "Vul je naam in.")]
    [StringLength(Veldlengtes.Naam, ErrorMessage = "Je naam heeft hoogstens {1} tekens.")]
    [Display(Name = "Je naam")]
    public string? Naam { get; set; }

    [Required(ErrorMessage = "Vul je e-mailadres in. We sturen je een link om het te bevestigen.")]
    [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.be.")]
    [StringLength(Veldlengtes.Email, ErrorMessage = "Een e-mailadres heeft hoogstens {1} tekens.")]
    [Display(Name = "Je e-mailadres op het werk")]
    public string? Email { get; set; }

    [StringLength(Veldlengtes.Naam, ErrorMessage = "Je functie heeft hoogstens {1} tekens.")]
    [Display(Name = "Je functie in de organisatie (niet verplicht)")]
    public string? Functie { get; set; }

    /// <summary>Honeypot, as on "meld een fout" (<c>_Honingpot.cshtml</c>): hidden from people, filled in by robots.</summary>
    public string? Website { get; set; }
}
