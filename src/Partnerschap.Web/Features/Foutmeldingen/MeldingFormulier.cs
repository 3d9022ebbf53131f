using System.ComponentModel.DataAnnotations;

namespace Partnerschap.Web.Features.Foutmeldingen;

public sealed class MeldingFormulier
{
    [Required(ErrorMessage = "Schrijf wat er niet klopt.")]
    [StringLength(2000, MinimumLength = 10, ErrorMessage = "Schrijf wat er niet klopt in 10 tot 2000 tekens.")]
    [Display(Name = "Wat klopt er niet?")]
    public string? Tekst { get; set; }

    [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in, of laat het veld leeg.")]
    [StringLength(256, ErrorMessage = "Een e-mailadres heeft hoogstens 256 tekens.")]
    [Display(Name = "Je e-mailadres (niet verplicht)")]
    public string? Email { get; set; }

    /// <summary>Honeypot: hidden from people, filled in by robots.</summary>
    public string? Website { get; set; }
}
