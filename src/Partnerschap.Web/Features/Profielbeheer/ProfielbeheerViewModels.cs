using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.Organisaties;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;

namespace Partnerschap.Web.Features.Profielbeheer;

public sealed record MijnProfiel(string Naam, string Url, ProfielSoort Soort, DateOnly? LaatstGecontroleerd, int OpenMeldingen);

public sealed record MijnOrganisatieViewModel(IReadOnlyList<MijnProfiel> Profielen, IReadOnlyList<string> OpenAanvragen, DateOnly Vandaag, bool IsBeheerder)
{
    /// <summary>The brugfiguren that the member's organisaties and schools employ: the member keeps them up too.</summary>
    public IReadOnlyList<MijnProfiel> Brugfiguren { get; init; } = [];

    /// <summary>The samenwerkingen of the member's organisaties and schools: their scan and action plan.</summary>
    public IReadOnlyList<MijnSamenwerking> Samenwerkingen { get; init; } = [];

    /// <summary>Last checked more than <see cref="Versheid.VerouderdNaMaanden"/> months ago, or never.</summary>
    public bool IsVerouderd(MijnProfiel profiel) => Versheid.IsVerouderd(profiel.LaatstGecontroleerd, Vandaag);
}

/// <summary>A samenwerking of one of the member's profiles, with the link to the partners' scan and action plan.</summary>
public sealed record MijnSamenwerking(Guid Id, string Naam);

public sealed record SamenwerkingOverzicht(Guid Id, string SchoolNaam, string SchoolSlug, IReadOnlyList<string> Vormen, SamenwerkingStatus Status, bool WachtOpBevestiging);

public sealed class OrganisatieBewerkenViewModel(Organisatie organisatie, OrganisatieFormulier formulier, IReadOnlyList<string> provincies, IReadOnlyList<SamenwerkingOverzicht> samenwerkingen, DateOnly vandaag)
{
    public Organisatie Organisatie => organisatie;

    public OrganisatieFormulier Formulier => formulier;

    public IReadOnlyList<string> Provincies => provincies;

    public IReadOnlyList<SamenwerkingOverzicht> Samenwerkingen => samenwerkingen;

    public DateOnly Vandaag => vandaag;

    /// <summary>Last checked more than <see cref="Versheid.VerouderdNaMaanden"/> months ago, or never.</summary>
    public bool IsVerouderd => Versheid.IsVerouderd(organisatie.LaatstGecontroleerd, vandaag);

    /// <summary>Set when the save was refused because someone else saved first: the fields that differ.</summary>
    public IReadOnlyList<VeldWijziging>? Conflict { get; set; }

    /// <summary>Who saved the version now stored, and when.</summary>
    public string? ConflictDoor { get; set; }

    /// <summary>Set when the person asked for a preview.</summary>
    public OrganisatieProfiel? Voorbeeld { get; set; }
}

/// <summary>What the shared fields of the organisatie form (<c>_OrganisatieVelden.cshtml</c>) need: the form and the provinces to choose from.</summary>
public sealed record OrganisatieVelden(OrganisatieFormulier Formulier, IReadOnlyList<string> Provincies);

/// <summary>The history page of any kind of profile (<c>Geschiedenis.cshtml</c>).</summary>
public sealed record GeschiedenisViewModel(ProfielSoort Soort, string Naam, string ProfielUrl, IReadOnlyList<ProfielVersie> Versies, bool MagHerstellen);

/// <summary>Languages typed as codes (fr) or names (Frans); unknown ones come back as "?name".</summary>
public static class Taal
{
    public static IEnumerable<string> Codes(string? lijst) =>
        OrganisatieFormulier.Splits(lijst).Select(t =>
            TaalNamen.Alle.ContainsKey(t.ToLowerInvariant()) ? t.ToLowerInvariant()
            : TaalNamen.Alle.FirstOrDefault(kv => string.Equals(kv.Value, t, StringComparison.OrdinalIgnoreCase)).Key ?? "?" + t);

    /// <summary>The known codes of <paramref name="lijst"/>; the unknown languages become one Dutch error under <paramref name="veld"/>.</summary>
    public static List<string> Valideer(string? lijst, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary fouten, string veld)
    {
        var talen = Codes(lijst).ToList();
        if (talen.Any(t => t.StartsWith('?')))
        {
            fouten.AddModelError(veld,
                $"Deze talen kennen we niet: {string.Join(", ", talen.Where(t => t.StartsWith('?')).Select(t => t[1..]))}. Schrijf de taal voluit (Frans) of als code (fr).");
        }

        return [.. talen.Where(t => !t.StartsWith('?'))];
    }
}
