using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Profielbeheer;

/// <summary>The form of one aanbod. Its locations and area are those of the organisatie when it is added.</summary>
public sealed class AanbodFormulier
{
    public int Versie { get; set; }

    [Required(ErrorMessage = "Vul de naam van het aanbod in.")]
    [StringLength(Veldlengtes.Naam, ErrorMessage = "De naam heeft hoogstens {1} tekens.")]
    [Display(Name = "Naam van het aanbod")]
    public string? Naam { get; set; }

    [Required(ErrorMessage = "Beschrijf kort wat het aanbod is.")]
    [StringLength(Veldlengtes.Beschrijving, ErrorMessage = "De beschrijving heeft hoogstens {1} tekens.")]
    [Display(Name = "Wat is het aanbod?")]
    public string? Beschrijving { get; set; }

    [StringLength(Veldlengtes.Kosten, ErrorMessage = "Deze tekst heeft hoogstens {1} tekens.")]
    [Display(Name = "Wat kost het?")]
    public string? Kosten { get; set; }

    [Display(Name = "Dit aanbod loopt nu")]
    public bool Actief { get; set; }

    [StringLength(300, ErrorMessage = "Deze lijst heeft hoogstens 300 tekens.")]
    [Display(Name = "Talen")]
    public string? Talen { get; set; }

    public List<string> Doelgroepen { get; set; } = [];

    public List<string> Aanleidingen { get; set; } = [];

    public List<string> Samenwerkingsvormen { get; set; } = [];

    public static AanbodFormulier Van(Aanbod a) => new()
    {
        Versie = a.Versie,
        Naam = a.Naam,
        Beschrijving = a.Beschrijving,
        Kosten = a.Kosten,
        Actief = a.Actief,
        Talen = string.Join(", ", a.Talen),
        Doelgroepen = [.. a.Doelgroepen],
        Aanleidingen = [.. a.Aanleidingen],
        Samenwerkingsvormen = [.. a.Samenwerkingsvormen],
    };

    public void Valideer(ModelStateDictionary fouten, string prefix)
    {
        OrganisatieFormulier.Controleer(fouten, prefix + nameof(Doelgroepen), Doelgroepen, Vocabulaire.Doelgroepen, "doelgroep");
        OrganisatieFormulier.Controleer(fouten, prefix + nameof(Aanleidingen), Aanleidingen, Vocabulaire.Aanleidingen, "aanleiding");
        OrganisatieFormulier.Controleer(fouten, prefix + nameof(Samenwerkingsvormen), Samenwerkingsvormen, Vocabulaire.Samenwerkingsvormen, "samenwerkingsvorm");
        var onbekend = TalenCodes().Where(t => t.StartsWith('?')).Select(t => t[1..]).ToList();
        if (onbekend.Count > 0)
        {
            fouten.AddModelError(prefix + nameof(Talen), $"Deze talen kennen we niet: {string.Join(", ", onbekend)}. Schrijf de taal voluit (Frans) of als code (fr).");
        }
    }

    public AanbodMomentopname AlsMomentopname(Guid id) => new()
    {
        Id = id,
        Naam = Naam?.Trim() ?? string.Empty,
        Beschrijving = Beschrijving?.Trim() ?? string.Empty,
        Kosten = OrganisatieFormulier.Leeg(Kosten),
        Actief = Actief,
        Doelgroepen = Vocabulaire.Doelgroepen.Select(t => t.Code).Where(Doelgroepen.Contains).ToList(),
        Aanleidingen = Vocabulaire.Aanleidingen.Select(t => t.Code).Where(Aanleidingen.Contains).ToList(),
        Samenwerkingsvormen = Vocabulaire.Samenwerkingsvormen.Select(t => t.Code).Where(Samenwerkingsvormen.Contains).ToList(),
        Talen = TalenCodes().Where(t => !t.StartsWith('?')).Distinct().ToList(),
    };

    private IEnumerable<string> TalenCodes() => Taal.Codes(Talen);
}
