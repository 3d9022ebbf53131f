using System.ComponentModel.DataAnnotations;
using Partnerschap.Web.Infrastructure.Identity;

namespace Partnerschap.Web.Features.Uitnodiging;

public sealed record UitnodigingViewModel(UitnodigingAanvaardenFormulier Formulier, IReadOnlyList<string> Rollen, IReadOnlyList<string> Profielen);

public sealed class UitnodigingAanvaardenFormulier
{
    public string? Email { get; set; }

    public string? Code { get; set; }

    [StringLength(200, ErrorMessage = "Een naam heeft hoogstens 200 tekens.")]
    [Display(Name = "Je naam (zoals collega's je kennen)")]
    public string? Weergavenaam { get; set; }

    [Required(ErrorMessage = "Kies een wachtwoord.")]
    [StringLength(Wachtwoordregels.MaxLengte, MinimumLength = Wachtwoordregels.MinLengte, ErrorMessage = Wachtwoordregels.LengteFout)]
    [DataType(DataType.Password)]
    [Display(Name = "Kies een wachtwoord")]
    public string? Wachtwoord { get; set; }

    [Required(ErrorMessage = "Typ je wachtwoord nog een keer.")]
    [Compare(nameof(Wachtwoord), ErrorMessage = "De twee wachtwoorden zijn niet gelijk.")]
    [DataType(DataType.Password)]
    [Display(Name = "Herhaal het wachtwoord")]
    public string? Herhaling { get; set; }
}
