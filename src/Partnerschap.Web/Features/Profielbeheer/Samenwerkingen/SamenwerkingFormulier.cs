using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Profielbeheer;

/// <summary>A partnership of the organisatie with one school, as edited by the organisatie's members.</summary>
public sealed class SamenwerkingFormulier
{
    [Required(ErrorMessage = "Vul de naam, het instellingsnummer of de link van de school in.")]
    [StringLength(300, ErrorMessage = "Hoogstens 300 tekens.")]
    [Display(Name = "School")]
    public string? School { get; set; }

    public List<string> Samenwerkingsvormen { get; set; } = [];

    public List<string> Aanleidingen { get; set; } = [];

    [StringLength(Veldlengtes.LangeTekst, ErrorMessage = "De beschrijving heeft hoogstens {1} tekens.")]
    [Display(Name = "Wat doen jullie samen?")]
    public string? Beschrijving { get; set; }

    [Display(Name = "Sinds (niet verplicht)")]
    public DateOnly? Sinds { get; set; }

    [Display(Name = "Loopt deze samenwerking nog?")]
    public SamenwerkingStatus Status { get; set; }

    /// <summary>The samenwerking's version token when the form was built (0 for a new one).</summary>
    public int Versie { get; set; }

    public static SamenwerkingFormulier Van(Samenwerking s, string schoolNaam) => new()
    {
        School = schoolNaam,
        Samenwerkingsvormen = [.. s.Samenwerkingsvormen],
        Aanleidingen = [.. s.Aanleidingen],
        Beschrijving = s.Beschrijving,
        Sinds = s.Sinds,
        Status = s.Status,
        Versie = s.Versie,
    };

    public void Valideer(ModelStateDictionary fouten, string prefix)
    {
        if (Samenwerkingsvormen.Count == 0)
        {
            fouten.AddModelError(prefix + nameof(Samenwerkingsvormen), "Kies minstens één samenwerkingsvorm.");
        }

        OrganisatieFormulier.Controleer(fouten, prefix + nameof(Samenwerkingsvormen), Samenwerkingsvormen, Vocabulaire.Samenwerkingsvormen, "samenwerkingsvorm");
        OrganisatieFormulier.Controleer(fouten, prefix + nameof(Aanleidingen), Aanleidingen, Vocabulaire.Aanleidingen, "aanleiding");
        if (!Enum.IsDefined(Status))
        {
            fouten.AddModelError(prefix + nameof(Status), "Kies of de samenwerking nog loopt.");
        }

        if (Sinds is { Year: < 1950 })
        {
            fouten.AddModelError(prefix + nameof(Sinds), "Vul een datum na 1950 in.");
        }
    }

    public void PasToeOp(Samenwerking s)
    {
        s.Samenwerkingsvormen = Vocabulaire.Samenwerkingsvormen.Select(t => t.Code).Where(Samenwerkingsvormen.Contains).ToList();
        s.Aanleidingen = Vocabulaire.Aanleidingen.Select(t => t.Code).Where(Aanleidingen.Contains).ToList();
        s.Beschrijving = Beschrijving?.Trim() ?? string.Empty;
        s.Sinds = Sinds;
        s.Status = Status;
    }

    /// <summary>The partnership as one history line.</summary>
    public static string Tekst(Samenwerking s) => string.Join("\n", new[]
    {
        "Vormen: " + OrganisatieMomentopname.Labels(Vocabulaire.Samenwerkingsvormen, s.Samenwerkingsvormen),
        s.Aanleidingen.Count > 0 ? "Aanleidingen: " + OrganisatieMomentopname.Labels(Vocabulaire.Aanleidingen, s.Aanleidingen) : null,
        string.IsNullOrWhiteSpace(s.Beschrijving) ? null : s.Beschrijving,
        s.Sinds is { } d ? $"Sinds {d:dd-MM-yyyy}" : null,
        s.Status == SamenwerkingStatus.Actief ? "Loopt" : "Beëindigd",
    }.Where(r => r is not null));
}
