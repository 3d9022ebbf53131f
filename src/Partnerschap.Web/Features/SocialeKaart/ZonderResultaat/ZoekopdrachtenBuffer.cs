using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Data.Configurations;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure;
using Partnerschap.Web.Infrastructure.Security;

namespace Partnerschap.Web.Features.SocialeKaart.ZonderResultaat;

/// <summary>
/// Counts searches on the sociale kaart that found nothing, per Belgian day, normalised text and gemeente
/// (<see cref="ZoekopdrachtZonderResultaat"/>). A write buffer, not state anyone reads: the search page only adds to it
/// (no database write in the request, which must stay fast), and <see cref="ZoekopdrachtenFlushService"/> adds the counts
/// to the table every few seconds and on shutdown. Each instance has its own buffer; the table is the sum of all. At
/// most <see cref="MaxRegels"/> different searches wait at once; beyond that new ones are dropped (logged, throttled).
/// </summary>
public sealed partial class ZoekopdrachtenBuffer(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ZoekopdrachtenBuffer> logger)
{
    public const int MaxRegels = 10_000;

    private readonly Lock _lock = new();
    private readonly WeigeringLog _vol = new(clock, logger, "Zoekopdrachten zonder resultaat: buffer vol, {Aantal} niet geteld (de laatste op {Pad})");
    private Dictionary<(DateOnly Dag, string Tekst, string Gemeente), int> _tellingen = [];

    /// <summary>Counts one search without result; text that holds nothing after normalising is not counted.</summary>
    public void Tel(string? zoektekst, string? gemeente)
    {
        var tekst = Normaliseer(zoektekst);
        if (tekst.Length == 0)
        {
            return;
        }

        var sleutel = (BelgischeTijd.Vandaag(clock), tekst, gemeente ?? string.Empty);
        lock (_lock)
        {
            if (_tellingen.TryGetValue(sleutel, out var aantal))
            {
                _tellingen[sleutel] = aantal + 1;
                return;
            }

            if (_tellingen.Count < MaxRegels)
            {
                _tellingen[sleutel] = 1;
                return;
            }
        }

        _vol.Weigering("/sociale-kaart");
    }

    /// <summary>
    /// What is kept of a search text: folded to lowercase without accents, without e-mail addresses, phone numbers or
    /// any other digits, single spaces, at most <see cref="ZoekopdrachtZonderResultaatConfiguration.MaxTekst"/> characters.
    /// </summary>
    public static string Normaliseer(string? zoektekst)
    {
        if (string.IsNullOrWhiteSpace(zoektekst))
        {
            return string.Empty;
        }

        var zonderAdressen = EmailAdres().Replace(Slugs.Fold(zoektekst), " ");
        var tekst = new StringBuilder(zonderAdressen.Length);
        foreach (var c in zonderAdressen)
        {
            // Digits go (phone numbers, house numbers, dates of birth); so do the signs around them ("+32 (0)470/12.34").
            var teken = char.IsLetter(c) || c is '-' or '\'' ? c : ' ';
            if (teken != ' ' || (tekst.Length > 0 && tekst[^1] != ' '))
            {
                tekst.Append(teken);
            }
        }

        var resultaat = tekst.ToString().Trim(' ', '-', '\'');
        if (resultaat.Length > ZoekopdrachtZonderResultaatConfiguration.MaxTekst)
        {
            var knip = resultaat.LastIndexOf(' ', ZoekopdrachtZonderResultaatConfiguration.MaxTekst);
            resultaat = resultaat[..(knip > 0 ? knip : ZoekopdrachtZonderResultaatConfiguration.MaxTekst)];
        }

        return resultaat;
    }

    /// <summary>Adds the waiting counts to the table (added to a row that exists, else a new row). Tests call it directly.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        Dictionary<(DateOnly Dag, string Tekst, string Gemeente), int> tellingen;
        lock (_lock)
        {
            if (_tellingen.Count == 0)
            {
                return;
            }

            (tellingen, _tellingen) = (_tellingen, []);
        }

        var bewaard = new List<(DateOnly, string, string)>();
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            foreach (var ((dag, tekst, gemeente), aantal) in tellingen)
            {
                await TelOpAsync(db, dag, tekst, gemeente, aantal, cancellationToken);
                bewaard.Add((dag, tekst, gemeente));
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Keep what was not written for the next flush (within the cap), rather than lose it.
            logger.LogWarning(ex, "Zoekopdrachten zonder resultaat konden niet bewaard worden; nieuwe poging bij de volgende keer");
            foreach (var sleutel in bewaard)
            {
                tellingen.Remove(sleutel);
            }

            lock (_lock)
            {
                foreach (var (sleutel, aantal) in tellingen)
                {
                    if (_tellingen.TryGetValue(sleutel, out var nieuw) || _tellingen.Count < MaxRegels)
                    {
                        _tellingen[sleutel] = nieuw + aantal;
                    }
                }
            }
        }
    }

    /// <summary>Upsert that works the same on SQLite and SQL Server, also when another instance adds the same row.</summary>
    private static async Task TelOpAsync(PortalDbContext db, DateOnly dag, string tekst, string gemeente, int aantal, CancellationToken cancellationToken)
    {
        for (var poging = 0; ; poging++)
        {
            var bijgeteld = await db.ZoekopdrachtenZonderResultaat
                .Where(z => z.Dag == dag && z.Tekst == tekst && z.Gemeente == gemeente)
                .ExecuteUpdateAsync(s => s.SetProperty(z => z.Aantal, z => z.Aantal + aantal), cancellationToken);
            if (bijgeteld > 0)
            {
                return;
            }

            db.ZoekopdrachtenZonderResultaat.Add(new ZoekopdrachtZonderResultaat { Dag = dag, Tekst = tekst, Gemeente = gemeente, Aantal = aantal });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (poging == 0)
            {
                // Another instance inserted the same row in between: add to it instead (next round).
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    [GeneratedRegex(@"\S+@\S+")]
    private static partial Regex EmailAdres();
}
