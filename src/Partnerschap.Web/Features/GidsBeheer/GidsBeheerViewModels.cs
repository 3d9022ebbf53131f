using System.ComponentModel.DataAnnotations;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.Gids;
using Partnerschap.Web.Features.Gids.Markdown;
using Partnerschap.Web.Features.Profielbeheer;
using Partnerschap.Web.Infrastructure;

namespace Partnerschap.Web.Features.GidsBeheer;

/// <summary>The edit form of a chapter (also the form for a new one). Only these fields bind; the entity never does.</summary>
public sealed class HoofdstukFormulier
{
    /// <summary>The <see cref="Hoofdstuk.Versie"/> the form was built from.</summary>
    public int Versie { get; set; }

    /// <summary>Only bound when a new chapter is made; the slug of an existing chapter never changes.</summary>
    [StringLength(100, ErrorMessage = "Het webadres heeft hoogstens 100 tekens.")]
    [Display(Name = "Webadres (slug)")]
    public string? Slug { get; set; }

    [Required(ErrorMessage = "Vul de titel van het hoofdstuk in.")]
    [StringLength(200, ErrorMessage = "De titel heeft hoogstens 200 tekens.")]
    [Display(Name = "Titel")]
    public string? Titel { get; set; }

    [StringLength(1000, ErrorMessage = "De samenvatting heeft hoogstens 1000 tekens.")]
    [Display(Name = "Samenvatting")]
    public string? Samenvatting { get; set; }

    [Display(Name = "Deel van de gids")]
    public GidsGroep Groep { get; set; }

    [Range(0, 1000, ErrorMessage = "De volgorde is een getal van 0 tot 1000.")]
    [Display(Name = "Volgorde binnen het deel")]
    public int Volgorde { get; set; }

    [Display(Name = "Laatst inhoudelijk nagekeken op")]
    public DateOnly? LaatstNagekeken { get; set; }

    [Required(ErrorMessage = "Schrijf de tekst van het hoofdstuk.")]
    [StringLength(200_000, ErrorMessage = "De tekst heeft hoogstens 200 000 tekens.")]
    [Display(Name = "Tekst (Markdown)")]
    public string? Tekst { get; set; }

    [StringLength(500, ErrorMessage = "De notitie heeft hoogstens 500 tekens.")]
    [Display(Name = "Wat heb je gewijzigd?")]
    public string? Notitie { get; set; }

    /// <summary>The chapter's fields as labelled lines (labels as on the form), to compare two forms on the conflict screen.</summary>
    public IReadOnlyList<ProfielVeld> Velden() =>
    [
        new("titel", "Titel", Titel ?? string.Empty),
        new("samenvatting", "Samenvatting", Samenvatting ?? string.Empty),
        new("groep", "Deel van de gids", GidsOverzicht.GroepTitel(Groep)),
        new("volgorde", "Volgorde binnen het deel", Volgorde.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("nagekeken", "Laatst inhoudelijk nagekeken op", BelgischeTijd.DatumOfNooit(LaatstNagekeken)),
        new("tekst", "Tekst (Markdown)", Tekst ?? string.Empty),
    ];
}

/// <summary>One link that would not work for readers, with the reason in plain Dutch.</summary>
public sealed record KapotteLink(string Geschreven, string Reden);

/// <summary>One row of the overview.</summary>
public sealed record HoofdstukRegel(
    string Slug,
    string Titel,
    GidsGroep Groep,
    int Volgorde,
    HoofdstukStatus Status,
    int? GepubliceerdeVersie,
    int NieuwsteVersie,
    int? GeplandeVersie,
    DateTimeOffset? PublicatieOp)
{
    public bool HeeftOngepubliceerdConcept => GepubliceerdeVersie != NieuwsteVersie;
}

public sealed record BeheerOverzicht(IReadOnlyList<HoofdstukRegel> Hoofdstukken);

/// <summary>The edit page (and the page for a new chapter when <see cref="Hoofdstuk"/> is null).</summary>
public sealed class HoofdstukBewerkenViewModel
{
    public required HoofdstukFormulier Formulier { get; init; }

    /// <summary>Null for a new chapter.</summary>
    public HoofdstukRegel? Hoofdstuk { get; init; }

    /// <summary>The rendered body when the researcher asked for a preview.</summary>
    public GidsHtml? Voorbeeld { get; set; }

    /// <summary>Set when publishing or scheduling was refused because of these links.</summary>
    public IReadOnlyList<KapotteLink>? KapotteLinks { get; set; }

    /// <summary>Set when someone else saved the chapter after this form was opened: who, and the fields that differ.</summary>
    public ConflictWeergave? Conflict { get; set; }

    /// <summary>The value of the scheduling field (datetime-local, Brussels time).</summary>
    public string? PlanOp { get; set; }

    public bool IsNieuw => Hoofdstuk is null;
}

public sealed record VersieRegel(int Nummer, DateTimeOffset Tijdstip, string Auteur, string? Notitie, string Titel);

public sealed record HoofdstukGeschiedenis(HoofdstukRegel Hoofdstuk, IReadOnlyList<VersieRegel> Versies);

public sealed record HoofdstukVergelijking(
    HoofdstukRegel Hoofdstuk,
    VersieRegel Van,
    VersieRegel Naar,
    IReadOnlyList<DiffDeel>? Titel,
    IReadOnlyList<DiffDeel>? Samenvatting,
    IReadOnlyList<DiffDeel> Tekst);
