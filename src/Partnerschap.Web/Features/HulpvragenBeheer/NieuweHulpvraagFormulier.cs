using System.ComponentModel.DataAnnotations;

namespace Partnerschap.Web.Features.HulpvragenBeheer;

/// <summary>The form for a new hulpvraag: a label, its levensdomein and its first term.</summary>
public sealed class NieuweHulpvraagFormulier
{
    [Display(Name = "Naam van de hulpvraag")]
    public string? Label { get; set; }

    [Display(Name = "Levensdomein")]
    public string? Levensdomein { get; set; }

    [Display(Name = "Eerste zoekterm")]
    public string? Term { get; set; }
}
