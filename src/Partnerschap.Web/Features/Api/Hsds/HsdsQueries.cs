using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure;
using Partnerschap.Web.Infrastructure.Plaatsen;

namespace Partnerschap.Web.Features.Api.Hsds;

/// <summary>
/// The reads of the HSDS API and the datapackage: the map's stamp, the <see cref="HsdsCatalogus"/> of that stamp, and
/// pages of profiles by id (one query per page, never one per profile). All reads are without tracking.
/// </summary>
public sealed class HsdsQueries(PortalDbContext db, HsdsCatalogusProvider catalogi, PlaatsenProvider plaatsen, IOptions<PortalOptions> portal)
{
    /// <summary>Profiles read per query by a stream of everything (NDJSON, the datapackage).</summary>
    public const int Partij = 200;

    /// <summary>The stamp that changes with every saved change of the map (<see cref="KaartVersie"/>).</summary>
    public async Task<string> StempelAsync(CancellationToken cancellationToken) =>
        await db.KaartVersies.AsNoTracking().Where(v => v.Id == 1).Select(v => v.Stempel).FirstOrDefaultAsync(cancellationToken) ?? "leeg";

    public Task<HsdsCatalogus> CatalogusAsync(string stempel, CancellationToken cancellationToken) => catalogi.GetAsync(stempel, cancellationToken);

    /// <summary>The mapping, with links to the portal's public address (else the address of this request).</summary>
    public async Task<HsdsExport> ExportAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var lookup = await plaatsen.GetAsync(cancellationToken);
        return new HsdsExport(lookup.Gemeenten, portal.Value.AdresVoor(request));
    }

    /// <summary>
    /// The aanbod with these ids, in the order of <paramref name="ids"/>, each with the fields of its organisation that a
    /// service shows (its one-to-one fields, never its JSON columns: a page of 50 would read 50 whole profiles).
    /// </summary>
    public async Task<List<Aanbod>> AanbodAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var gelezen = await db.Aanbod.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new
            {
                Aanbod = a,
                Organisatie = new Organisatie
                {
                    Id = a.Organisatie!.Id, Naam = a.Organisatie.Naam, Slug = a.Organisatie.Slug, Type = a.Organisatie.Type,
                    Beschrijving = a.Organisatie.Beschrijving, Email = a.Organisatie.Email, Website = a.Organisatie.Website,
                    LaatstGecontroleerd = a.Organisatie.LaatstGecontroleerd, LaatstGewijzigd = a.Organisatie.LaatstGewijzigd,
                },
            })
            .ToDictionaryAsync(x => x.Aanbod.Id, cancellationToken);
        foreach (var x in gelezen.Values)
        {
            x.Aanbod.Organisatie = x.Organisatie;
        }

        return [.. ids.Where(gelezen.ContainsKey).Select(id => gelezen[id].Aanbod)];
    }

    /// <summary>The organisations with these ids (with their aanbod when asked), in the order of <paramref name="ids"/>.</summary>
    public async Task<List<Organisatie>> OrganisatiesAsync(IReadOnlyList<Guid> ids, bool metAanbod, CancellationToken cancellationToken)
    {
        var query = db.Organisaties.AsNoTracking().Where(o => ids.Contains(o.Id));
        if (metAanbod)
        {
            query = query.Include(o => o.Aanbod).AsSplitQuery();
        }

        var gelezen = await query.ToDictionaryAsync(o => o.Id, cancellationToken);
        return [.. ids.Where(gelezen.ContainsKey).Select(id => gelezen[id])];
    }

    /// <summary>Every organisation of the catalogue, in its order, <see cref="Partij"/> at a time: never all in memory.</summary>
    public async IAsyncEnumerable<Organisatie> AlleOrganisatiesAsync(HsdsCatalogus catalogus, bool metAanbod, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var partij in catalogus.Organisaties.Chunk(Partij))
        {
            foreach (var organisatie in await OrganisatiesAsync([.. partij.Select(o => o.Id)], metAanbod, cancellationToken))
            {
                yield return organisatie;
            }
        }
    }

    /// <summary>Every aanbod of the list, in its order, <see cref="Partij"/> at a time.</summary>
    public async IAsyncEnumerable<Aanbod> AlleAanbodAsync(IEnumerable<CatalogusAanbod> lijst, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var partij in lijst.Chunk(Partij))
        {
            foreach (var aanbod in await AanbodAsync([.. partij.Select(a => a.Id)], cancellationToken))
            {
                yield return aanbod;
            }
        }
    }
}
