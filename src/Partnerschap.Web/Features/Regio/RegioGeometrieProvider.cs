using Partnerschap.Web.Infrastructure.Plaatsen;

namespace Partnerschap.Web.Features.Regio;

/// <summary>
/// The one <see cref="RegioGeometrie"/> of this instance (a singleton), built on first use and then kept: the
/// boundaries are a file that ships with the build and the gemeenten change only through <c>migrate</c>, before the
/// instances (re)start, like <see cref="PlaatsenProvider"/>.
/// </summary>
public sealed class RegioGeometrieProvider(PlaatsenProvider plaatsen, TimeProvider clock, ILogger<RegioGeometrieProvider> logger)
{
    private readonly Lock _lock = new();
    private Task<RegioGeometrie>? _geometrie;

    public Task<RegioGeometrie> GetAsync(CancellationToken cancellationToken = default)
    {
        Task<RegioGeometrie> taak;
        lock (_lock)
        {
            if (_geometrie is null || _geometrie.IsFaulted)
            {
                // Not tied to the request that happens to come first: a visitor who leaves does not stop the build.
                _geometrie = Task.Run(async () =>
                {
                    var begin = clock.GetTimestamp();
                    var lookup = await plaatsen.GetAsync(CancellationToken.None);
                    await using var bestand = File.OpenRead(RegioGeometrie.BestandsPad);
                    var geometrie = RegioGeometrie.Bouw(bestand, Gemeente2025.Alle(lookup.Gemeenten));
                    logger.LogInformation("Kaart van de regio opgebouwd: {Gemeenten} gemeenten, {Tekens} tekens paddata in {Ms} ms",
                        geometrie.Vormen.Count, geometrie.Vormen.Sum(v => v.Pad.Length), (int)clock.GetElapsedTime(begin).TotalMilliseconds);
                    return geometrie;
                }, CancellationToken.None);
            }

            taak = _geometrie;
        }

        return taak.WaitAsync(cancellationToken);
    }
}
