using System.ComponentModel.DataAnnotations;

namespace Partnerschap.Web.Features.Toegang;

public sealed record IkWerkHierViewModel(string Naam, string Slug, ToegangsaanvraagFormulier Formulier);

public sealed class ToegangsaanvraagFormulier
{
    [Required(ErrorMessage = "Vertel kort wat je doet bij de organisatie.")]
    [StringLength(1000, MinimumLength = 5, ErrorMessage = "Schrijf 5 tot 1000 tekens.")]
    [Display(Name = "Wat doe je bij deze organisatie?")]
    public string? Toelichting { get; set; }
}
