using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure;

namespace Partnerschap.Web.Features.Api.Hsds;

/// <summary>What a list of the API filters on, per organisation: in the order of the lists (by name).</summary>
public sealed record CatalogusOrganisatie(Guid Id, string Naam, string Type, DateTimeOffset LaatstGewijzigd);

/// <summary>What a list filters on, per aanbod, with the positions of its addresses (one service_at_location each).</summary>
public sealed record CatalogusAanbod(
    Guid Id,
    CatalogusOrganisatie Organisatie,
    IReadOnlyList<string> Aanleidingen,
    IReadOnlyList<string> Samenwerkingsvormen,
    IReadOnlyList<string> Doelgroepen,
    IReadOnlyList<(double Lat, double Lon)> Punten);

/// <summary>One service_at_location: an aanbod at its <see cref="Index"/>th address.</summary>
public readonly record struct CatalogusPlek(Guid Id, CatalogusAanbod Aanbod, int Index);

/// <summary>
/// The ids and filter fields of every organisation and aanbod, in list order, for one stamp of the map
/// (<see cref="KaartVersie"/>). Lists filter and page here, in memory and on every provider alike, and then read only the
/// page from the database; the ids of the service_at_locations, which are derived, are found here too.
/// </summary>
public sealed class HsdsCatalogus
{
    public HsdsCatalogus(string stempel, IReadOnlyList<CatalogusOrganisatie> organisaties, IReadOnlyList<CatalogusAanbod> aanbod)
    {
        Stempel = stempel;
        Organisaties = organisaties;
        Aanbod = aanbod;
        Plekken = [.. aanbod.SelectMany(a => a.Punten.Select((_, i) => new CatalogusPlek(HsdsExport.ServiceAtLocationId(a.Id, i), a, i)))];
        PlekkenOpId = Plekken.ToDictionary(p => p.Id);
    }

    public string Stempel { get; }

    public IReadOnlyList<CatalogusOrganisatie> Organisaties { get; }

    public IReadOnlyList<CatalogusAanbod> Aanbod { get; }

    public IReadOnlyList<CatalogusPlek> Plekken { get; }

    public IReadOnlyDictionary<Guid, CatalogusPlek> PlekkenOpId { get; }

    /// <summary>Two queries, without tracking: the organisations' and the aanbod's list fields.</summary>
    public static async Task<HsdsCatalogus> BouwAsync(PortalDbContext db, string stempel, CancellationToken cancellationToken)
    {
        var organisaties = (await db.Organisaties.AsNoTracking()
                .Select(o => new CatalogusOrganisatie(o.Id, o.Naam, o.Type, o.LaatstGewijzigd))
                .ToListAsync(cancellationToken))
            .OrderBy(o => o.Naam, Nl.Namen).ThenBy(o => o.Id).ToList();
        var opId = organisaties.ToDictionary(o => o.Id);
        var rijen = await db.Aanbod.AsNoTracking()
            .Select(a => new { a.Id, a.OrganisatieId, a.Naam, a.Aanleidingen, a.Samenwerkingsvormen, a.Doelgroepen, a.Locaties })
            .ToListAsync(cancellationToken);
        var aanbod = rijen
            .Where(a => opId.ContainsKey(a.OrganisatieId))
            .Select(a => (Rij: a, Organisatie: opId[a.OrganisatieId]))
            .OrderBy(a => a.Organisatie.Naam, Nl.Namen).ThenBy(a => a.Organisatie.Id).ThenBy(a => a.Rij.Naam, StringComparer.Ordinal).ThenBy(a => a.Rij.Id)
            .Select(a => new CatalogusAanbod(a.Rij.Id, a.Organisatie, a.Rij.Aanleidingen, a.Rij.Samenwerkingsvormen, a.Rij.Doelgroepen,
                [.. a.Rij.Locaties.Select(l => (l.Latitude, l.Longitude))]))
            .ToList();
        return new HsdsCatalogus(stempel, organisaties, aanbod);
    }
}

/// <summary>Keeps the <see cref="HsdsCatalogus"/> of the current stamp; a new stamp builds a new one (once, shared).</summary>
public sealed class HsdsCatalogusProvider(IServiceScopeFactory scopes)
{
    private readonly Lock _lock = new();
    private Task<HsdsCatalogus>? _catalogus;
    private string? _stempel;

    public async Task<HsdsCatalogus> GetAsync(string stempel, CancellationToken cancellationToken)
    {
        Task<HsdsCatalogus> taak;
        lock (_lock)
        {
            if (_catalogus is null || _stempel != stempel || _catalogus.IsFaulted)
            {
                _stempel = stempel;
                _catalogus = Task.Run(async () =>
                {
                    using var scope = scopes.CreateScope();
                    return await HsdsCatalogus.BouwAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), stempel, CancellationToken.None);
                }, CancellationToken.None);
            }

            taak = _catalogus;
        }

        return await taak.WaitAsync(cancellationToken);
    }
}
