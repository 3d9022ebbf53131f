using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;

namespace Partnerschap.Web.Features.Regio;

/// <summary>
/// The <see cref="RegioCijfers"/> of the current <see cref="KaartIndex"/> (a singleton). Counting 304 gemeenten ×
/// six aanleidingen is bitmap work over the whole map, too much for every request at 10,000 organisations, so it is
/// done once per index: a new index (the <see cref="KaartVersie"/> stamp changed, on this instance or another, or a
/// new day closed a school) gives new figures on the next request; until then every request shares them.
/// </summary>
public sealed class RegioCijfersProvider(KaartIndexProvider kaart, IServiceScopeFactory scopes, TimeProvider clock, ILogger<RegioCijfersProvider> logger)
{
    private readonly Lock _lock = new();
    private Task<RegioCijfers>? _cijfers;
    private KaartIndex? _index;

    public async Task<RegioCijfers> GetAsync(CancellationToken cancellationToken = default)
    {
        var index = await kaart.GetAsync(cancellationToken);
        Task<RegioCijfers> taak;
        lock (_lock)
        {
            if (_cijfers is null || !ReferenceEquals(_index, index) || _cijfers.IsFaulted)
            {
                _index = index;
                _cijfers = Task.Run(() => TelAsync(index), CancellationToken.None);
            }

            taak = _cijfers;
        }

        return await taak.WaitAsync(cancellationToken);
    }

    private async Task<RegioCijfers> TelAsync(KaartIndex index)
    {
        var begin = clock.GetTimestamp();

        // The samenwerkingen are no part of the index; a change to one renews the stamp, so the next index reads them again.
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var samenwerkingen = await db.Samenwerkingen.AsNoTracking()
            .Where(s => s.Status == SamenwerkingStatus.Actief && !s.WachtOpBevestiging)
            .Select(s => new { s.SchoolId, s.Samenwerkingsvormen })
            .ToListAsync();
        var cijfers = RegioCijfers.Tel(index, samenwerkingen.Select(s => (s.SchoolId, (IReadOnlyList<string>)s.Samenwerkingsvormen)));
        logger.LogInformation("Cijfers van het regionaal beeld geteld voor kaartversie {Versie} in {Ms} ms", index.Versie, (int)clock.GetElapsedTime(begin).TotalMilliseconds);
        return cijfers;
    }
}
