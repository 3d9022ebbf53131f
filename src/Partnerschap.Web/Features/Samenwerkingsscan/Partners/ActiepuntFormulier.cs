using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure;

namespace Partnerschap.Web.Features.Samenwerkingsscan.Partners;

/// <summary>
/// One action of the plan as the partners write it. The date is read here (not by model binding) so that a wrong date
/// gets a Dutch message. A date in the past is refused for a new action and for a changed date; an action whose date
/// has passed can still get another status without moving the date.
/// </summary>
public sealed class ActiepuntFormulier
{
    [Required(ErrorMessage = "Schrijf op wat jullie gaan doen.")]
    [StringLength(Veldlengtes.Actie, ErrorMessage = "De actie heeft hoogstens {1} tekens.")]
    [Display(Name = "Wat gaan jullie doen?")]
    public string? Actie { get; set; }

    [Required(ErrorMessage = "Schrijf op wie de actie doet.")]
    [StringLength(Veldlengtes.Wie, ErrorMessage = "‘Wie’ heeft hoogstens {1} tekens.")]
    [Display(Name = "Wie doet het?")]
    public string? Wie { get; set; }

    /// <summary>yyyy-MM-dd, as an <c>input type="date"</c> sends it; empty for no date.</summary>
    [Display(Name = "Tegen wanneer? (niet verplicht)")]
    public string? Tegen { get; set; }

    [Display(Name = "Status")]
    public string? Status { get; set; }

    [Display(Name = "Over welk thema van de scan? (niet verplicht)")]
    public string? Thema { get; set; }

    public int Versie { get; set; }

    public static ActiepuntFormulier Van(Actiepunt a) => new()
    {
        Actie = a.Actie,
        Wie = a.Wie,
        Tegen = a.Tegen?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Status = a.Status.ToString(),
        Thema = a.ThemaCode,
        Versie = a.Versie,
    };

    /// <summary>Checks what data annotations cannot; returns the values to store when there is no error.</summary>
    public (DateOnly? Tegen, ActiepuntStatus Status, string? Thema) Valideer(
        ModelStateDictionary fouten, string prefix, ScanInhoud inhoud, DateOnly vandaag, DateOnly? opgeslagen)
    {
        DateOnly? tegen = null;
        if (!string.IsNullOrWhiteSpace(Tegen))
        {
            if (!DateOnly.TryParseExact(Tegen.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) || d.Year > vandaag.Year + 20)
            {
                fouten.AddModelError(prefix + nameof(Tegen), "Vul een geldige datum in, bijvoorbeeld 30-06-2027.");
            }
            else if (d < vandaag && d != opgeslagen)
            {
                fouten.AddModelError(prefix + nameof(Tegen), $"Kies een datum vanaf vandaag ({BelgischeTijd.Datum(vandaag)}).");
            }
            else
            {
                tegen = d;
            }
        }

        var status = string.IsNullOrEmpty(Status) ? ActiepuntStatus.TeDoen
            : ActiepuntStatussen.Alle.FirstOrDefault(s => s.Status.ToString() == Status) is { Label: not null } gekozen ? gekozen.Status : (ActiepuntStatus?)null;
        if (status is null)
        {
            fouten.AddModelError(prefix + nameof(Status), "Kies een status uit de lijst.");
        }

        var thema = string.IsNullOrEmpty(Thema) ? null : Thema;
        if (thema is not null && inhoud.VindThema(thema) is null)
        {
            fouten.AddModelError(prefix + nameof(Thema), "Kies een thema uit de lijst, of geen thema.");
        }

        return (tegen, status ?? ActiepuntStatus.TeDoen, thema);
    }
}
