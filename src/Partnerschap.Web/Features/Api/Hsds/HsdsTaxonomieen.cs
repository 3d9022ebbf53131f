using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Api.Hsds;

/// <summary>One of the portal's vocabularies as an HSDS taxonomy: its code (the <c>taxonomy</c> of a term), what it is, its terms.</summary>
public sealed record HsdsTaxonomie(string Code, string Beschrijving, IReadOnlyList<Term> Termen)
{
    public Guid Id => HsdsIds.Taxonomie(Code);
}

/// <summary>
/// The taxonomies of the portal's HSDS profile (docs/api.md): the fixed vocabularies of <see cref="Vocabulaire"/> and
/// the two the import reads besides (<c>profiel</c>: fields HSDS has no place for; <c>contactrol</c>). The import
/// (<c>HsdsImport</c>) reads these same codes back.
/// </summary>
public static class HsdsTaxonomieen
{
    public const string Organisatietype = "organisatietype";
    public const string Aanleiding = "aanleiding";
    public const string Samenwerkingsvorm = "samenwerkingsvorm";
    public const string Doelgroep = "doelgroep";
    public const string Profiel = "profiel";
    public const string Contactrol = "contactrol";

    public static readonly IReadOnlyList<Term> Profielvelden =
    [
        new("status", "Status", "Of de organisatie werkt: actief, tijdelijk-gesloten of stopgezet."),
        new("laatst-gecontroleerd", "Laatst gecontroleerd", "Wanneer iemand bevestigde dat de gegevens kloppen (JJJJ-MM-DD)."),
        new("toegang-ouders", "Hoe krijgen ouders hulp", "Hoe een ouder hulp krijgt."),
        new("toegang-professionals", "Hoe verwijzen scholen en hulpverleners door", "Hoe een school of hulpverlener een gezin doorverwijst of een vraag stelt."),
        new("gedeelde-informatie", "Informatie delen en beroepsgeheim", "Hoe de organisatie omgaat met gedeelde informatie."),
        new("kosten", "Kosten", "Wat de hulp kost."),
        new("openingsuren", "Openingsuren", "Wanneer de organisatie open is."),
    ];

    public static readonly IReadOnlyList<Term> Contactrollen =
    [
        new("aanspreekpunt-scholen", "Aanspreekpunt voor scholen", "De persoon of functie die scholen contacteren."),
    ];

    public static readonly IReadOnlyList<HsdsTaxonomie> Alle =
    [
        new(Organisatietype, "Het type organisatie (precies één per organisatie).", Vocabulaire.Organisatietypes),
        new(Aanleiding, "Waarvoor een gezin of school bij de organisatie terechtkan.", Vocabulaire.Aanleidingen),
        new(Samenwerkingsvorm, "Hoe de organisatie met scholen samenwerkt; de waarde van het attribuut zegt hoe.", Vocabulaire.Samenwerkingsvormen),
        new(Doelgroep, "Voor wie het aanbod is.", Vocabulaire.Doelgroepen),
        new(Profiel, "Velden van het profiel waarvoor HSDS geen plaats heeft; de waarde van het attribuut is de inhoud.", Profielvelden),
        new(Contactrol, "De rol van een contact.", Contactrollen),
    ];

    public static HsdsTaxonomie? Vind(Guid id) => Alle.FirstOrDefault(t => t.Id == id);

    /// <summary>The taxonomy and term of a term id, or null.</summary>
    public static (HsdsTaxonomie Taxonomie, Term Term)? VindTerm(Guid id)
    {
        foreach (var taxonomie in Alle)
        {
            foreach (var term in taxonomie.Termen)
            {
                if (HsdsIds.Term(taxonomie.Code, term.Code) == id)
                {
                    return (taxonomie, term);
                }
            }
        }

        return null;
    }
}
