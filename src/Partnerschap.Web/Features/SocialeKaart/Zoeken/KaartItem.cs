using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

/// <summary>One searchable thing on the map: an organisation, a school or a brugfiguur, flattened for search.</summary>
public sealed class KaartItem
{
    public required Soort Soort { get; init; }

    public required Guid Id { get; init; }

    public required string Slug { get; init; }

    /// <summary>The profile page.</summary>
    public string Url => Soort.Url(Slug);

    public required string Naam { get; init; }

    public required string TypeCode { get; init; }

    public required string TypeLabel { get; init; }

    /// <summary>The gemeente(n) shown in a result line.</summary>
    public string? Plaats { get; init; }

    /// <summary>Street, postcode and gemeente of the first address; null when there is no address to go to.</summary>
    public string? Adres { get; init; }

    /// <summary>
    /// Where to go, as the result card says it: the address; else the places of a school or brugfiguur; else, for an
    /// offer without address, "Online / telefonisch" and where it works.
    /// </summary>
    public string? Waar => Adres
        ?? (Soort != Soort.Organisaties ? Plaats
            : Plaats is null ? "Online / telefonisch" : $"Online / telefonisch · voor {Plaats}");

    /// <summary>The general phone number, as written.</summary>
    public string? Telefoon { get; init; }

    /// <summary>The aanspreekpunt voor scholen: "naam, functie" (either may be missing), its phone and e-mail.</summary>
    public string? AanspreekpuntNaam { get; init; }

    public string? AanspreekpuntTelefoon { get; init; }

    public string? AanspreekpuntEmail { get; init; }

    public (double Lat, double Lon)[] Punten { get; init; } = [];

    /// <summary>Werkingsgebied: gemeenten (NIS), provinces and regions served.</summary>
    public IReadOnlyCollection<string> Gemeenten { get; init; } = [];

    public IReadOnlyCollection<string> Provincies { get; init; } = [];

    public IReadOnlyCollection<string> Gewesten { get; init; } = [];

    public IReadOnlyList<string> Aanleidingen { get; init; } = [];

    public IReadOnlyList<string> Vormen { get; init; } = [];

    public IReadOnlyList<string> Doelgroepen { get; init; } = [];

    public IReadOnlyList<string> Talen { get; init; } = [];

    /// <summary><c>gratis</c>, <c>bijdrage</c> or null when unknown.</summary>
    public string? Kosten { get; init; }

    public OrganisatieStatus Status { get; init; }

    public DateOnly? LaatstGecontroleerd { get; init; }

    /// <summary>Name ordering key (nl-BE, case- and accent-insensitive), computed once.</summary>
    public string SorteerNaam { get; init; } = string.Empty;
}
