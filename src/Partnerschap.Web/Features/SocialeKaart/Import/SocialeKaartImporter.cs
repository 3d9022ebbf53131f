using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.Profielbeheer;

namespace Partnerschap.Web.Features.SocialeKaart.Import;

/// <summary>
/// The outcome of an import: counts of what was written, warnings (among them every profile skipped because it was
/// changed in the portal), and (when it failed) every problem with file and line.
/// </summary>
public sealed record ImportResultaat(
    bool Gelukt,
    IReadOnlyList<string> Fouten,
    IReadOnlyList<string> Waarschuwingen,
    int Organisaties,
    int Aanbod,
    int Scholen,
    int Brugfiguren,
    int Samenwerkingen,
    int Overgeslagen = 0);

/// <summary>
/// The one way data gets into the sociale kaart: HSDS 3.1 organisations and our own JSON for scholen,
/// brugfiguren and samenwerkingen. All files of one call are checked first and written in one transaction:
/// either everything is imported or nothing changes. Records are upserted by id; a profile changed in the portal
/// since its last import is skipped unless <c>overschrijf</c> is set, and every change to an existing profile is a
/// version in its history (docs/import.md).
/// </summary>
public sealed class SocialeKaartImporter(PortalDbContext db, ProfielHistoriek historiek, TimeProvider clock, ILogger<SocialeKaartImporter> logger)
{
    /// <summary>Who the history names for a change by the import.</summary>
    public const string Door = "import";

    /// <summary>
    /// Ids per query and records per save: far under SQL Server's 2,100 parameters and SQLite's 32,766 variables, and
    /// small enough that the change tracker never holds more than one batch.
    /// </summary>
    private const int Batch = 1000;

    private readonly List<string> _overgeslagen = [];

    public async Task<ImportResultaat> ImportAsync(IReadOnlyList<string> files, bool overschrijf = false, CancellationToken cancellationToken = default)
    {
        var gemeenten = new GemeenteLookup(await db.Gemeenten.AsNoTracking().ToListAsync(cancellationToken));
        var fouten = new List<string>();
        var waarschuwingen = new List<string>();
        var organisaties = new List<Organisatie>();
        var scholenReaders = new List<(ScholenImport Reader, string File)>();

        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            if (!File.Exists(file))
            {
                fouten.Add($"{file}: bestand niet gevonden.");
                continue;
            }

            HsdsImport? hsds = null;
            ScholenImport? eigen = null;
            try
            {
                JsonItems.Read(file, item =>
                {
                    if (item.Lijst is "scholen" or "brugfiguren" or "samenwerkingen")
                    {
                        (eigen ??= new ScholenImport(gemeenten)).Read(item);
                    }
                    else
                    {
                        (hsds ??= new HsdsImport(gemeenten)).Read(item);
                    }
                });
            }
            catch (JsonException ex)
            {
                fouten.Add($"{name}: regel {(ex.LineNumber ?? 0) + 1}: geen geldige JSON ({ex.Message.Split(" Path:")[0].Split(" LineNumber:")[0]})");
            }

            if (hsds is not null)
            {
                hsds.Finish();
                fouten.AddRange(hsds.Fouten.Select(f => $"{name}: {f}"));
                waarschuwingen.AddRange(hsds.Waarschuwingen.Select(w => $"{name}: {w}"));
                organisaties.AddRange(hsds.Organisaties);
            }

            if (eigen is not null)
            {
                fouten.AddRange(eigen.Fouten.Select(f => $"{name}: {f}"));
                scholenReaders.Add((eigen, name));
            }
        }

        var scholen = scholenReaders.SelectMany(r => r.Reader.Scholen.Select(s => s.School)).ToList();
        var brugfiguren = scholenReaders.SelectMany(r => r.Reader.Brugfiguren).ToList();
        var samenwerkingen = scholenReaders.SelectMany(r => r.Reader.Samenwerkingen.Select(s => s.Samenwerking)).ToList();
        await CheckReferencesAsync(scholenReaders, organisaties, scholen, brugfiguren.Select(b => b.Brugfiguur).ToList(), fouten, cancellationToken);
        await CheckAanbodOwnersAsync(organisaties, fouten, cancellationToken);

        if (fouten.Count > 0)
        {
            logger.LogWarning("Import geweigerd: {Aantal} fout(en); er is niets gewijzigd", fouten.Count);
            return new ImportResultaat(false, fouten, waarschuwingen, 0, 0, 0, 0, 0);
        }

        var overgeslagenOrganisaties = new HashSet<Guid>();
        var overgeslagenScholen = 0;
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            await strategy.ExecuteAsync(async () =>
            {
                // A retry starts from scratch, in a new transaction.
                db.ChangeTracker.Clear();
                _overgeslagen.Clear();
                overgeslagenOrganisaties.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                overgeslagenOrganisaties.UnionWith(await UpsertOrganisationsAsync(organisaties, overschrijf, gemeenten, cancellationToken));
                overgeslagenScholen = (await UpsertSchoolsAsync(scholen, overschrijf, gemeenten, cancellationToken)).Count;
                await UpsertBrugfigurenAsync(brugfiguren, cancellationToken);
                await UpsertSamenwerkingenAsync(samenwerkingen, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            });
        }
        catch (DbUpdateException ex)
        {
            db.ChangeTracker.Clear();
            logger.LogError(ex, "Import mislukt bij het schrijven; de transactie is teruggedraaid");
            return new ImportResultaat(false, [$"De databank weigerde de import ({(ex.InnerException ?? ex).Message}); er is niets gewijzigd."], waarschuwingen, 0, 0, 0, 0, 0);
        }

        db.ChangeTracker.Clear();
        waarschuwingen.AddRange(_overgeslagen);
        var geschreven = organisaties.Where(o => !overgeslagenOrganisaties.Contains(o.Id)).ToList();
        logger.LogInformation(
            "Import gelukt: {Organisaties} organisaties, {Scholen} scholen, {Brugfiguren} brugfiguren, {Samenwerkingen} samenwerkingen, {Overgeslagen} overgeslagen",
            geschreven.Count, scholen.Count, brugfiguren.Count, samenwerkingen.Count, _overgeslagen.Count);
        return new ImportResultaat(true, [], waarschuwingen, geschreven.Count, geschreven.Sum(o => o.Aanbod.Count),
            scholen.Count - overgeslagenScholen, brugfiguren.Count, samenwerkingen.Count, _overgeslagen.Count);
    }

    private async Task CheckReferencesAsync(
        List<(ScholenImport Reader, string File)> readers,
        List<Organisatie> organisaties,
        List<School> scholen,
        List<Brugfiguur> brugfiguren,
        List<string> fouten,
        CancellationToken cancellationToken)
    {
        var organisatieIds = organisaties.Select(o => o.Id).ToHashSet();
        var schoolIds = scholen.Select(s => s.Id).ToHashSet();
        var brugfiguurIds = brugfiguren.Select(b => b.Id).ToHashSet();
        foreach (var (reader, file) in readers)
        {
            organisatieIds.UnionWith(await BestaandAsync(db.Organisaties, Onbekend(reader.OrganisatieVerwijzingen, organisatieIds), cancellationToken));
            schoolIds.UnionWith(await BestaandAsync(db.Scholen, Onbekend(reader.SchoolVerwijzingen, schoolIds), cancellationToken));
            brugfiguurIds.UnionWith(await BestaandAsync(db.Brugfiguren, Onbekend(reader.BrugfiguurVerwijzingen, brugfiguurIds), cancellationToken));

            void Check(List<Verwijzing> references, HashSet<Guid> known)
            {
                foreach (var r in references.Where(r => !known.Contains(r.Id)))
                {
                    fouten.Add($"{file}: regel {r.Regel}: {r.Path}: {r.Wat} met id {r.Id} bestaat niet (niet in deze import en niet in de databank).");
                }
            }

            Check(reader.OrganisatieVerwijzingen, organisatieIds);
            Check(reader.SchoolVerwijzingen, schoolIds);
            Check(reader.BrugfiguurVerwijzingen, brugfiguurIds);
        }
    }

    private static List<Guid> Onbekend(List<Verwijzing> references, HashSet<Guid> known) =>
        references.Select(r => r.Id).Where(id => !known.Contains(id)).Distinct().ToList();

    /// <summary>Which of <paramref name="ids"/> exist, asked <see cref="Batch"/> ids at a time.</summary>
    private static async Task<List<Guid>> BestaandAsync<T>(DbSet<T> set, List<Guid> ids, CancellationToken cancellationToken)
        where T : class
    {
        var bestaand = new List<Guid>();
        foreach (var deel in ids.Chunk(Batch))
        {
            bestaand.AddRange(await set.Where(e => deel.Contains(EF.Property<Guid>(e, "Id"))).Select(e => EF.Property<Guid>(e, "Id")).ToListAsync(cancellationToken));
        }

        return bestaand;
    }

    /// <summary>An aanbod id is global: it may not move silently from one organisation to another.</summary>
    private async Task CheckAanbodOwnersAsync(List<Organisatie> organisaties, List<string> fouten, CancellationToken cancellationToken)
    {
        var eigenaar = organisaties.SelectMany(o => o.Aanbod.Select(a => (a.Id, Organisatie: o))).DistinctBy(x => x.Id).ToDictionary(x => x.Id, x => x.Organisatie);
        foreach (var ids in eigenaar.Keys.Chunk(Batch))
        {
            var bestaand = await db.Aanbod.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.OrganisatieId }).ToListAsync(cancellationToken);
            foreach (var a in bestaand.Where(a => eigenaar[a.Id].Id != a.OrganisatieId))
            {
                fouten.Add($"organisatie \"{eigenaar[a.Id].Naam}\": aanbod-id {a.Id} hoort al bij een andere organisatie; geef het aanbod een eigen id.");
            }
        }
    }

    /// <summary>Upserts in batches; returns the ids of the organisations it skipped.</summary>
    private Task<List<Guid>> UpsertOrganisationsAsync(List<Organisatie> incoming, bool overschrijf, GemeenteLookup gemeenten, CancellationToken cancellationToken) =>
        UpsertProfielenAsync(incoming, ProfielSoort.Organisatie, db.Organisaties.Include(o => o.Aanbod).AsSplitQuery(), overschrijf, async (bron, doel) =>
        {
            var oud = OrganisatieMomentopname.Van(doel);
            OrganisatieMomentopname.Van(bron).PasToeOp(doel);
            doel.LaatstGecontroleerd = bron.LaatstGecontroleerd ?? doel.LaatstGecontroleerd;

            // Only aanbod that came from an import may go when the file no longer has it; aanbod made in the portal stays.
            var nieuweIds = bron.Aanbod.Select(a => a.Id).ToHashSet();
            foreach (var weg in doel.Aanbod.Where(a => a.UitImport && !nieuweIds.Contains(a.Id)).ToList())
            {
                doel.Aanbod.Remove(weg);
                db.Aanbod.Remove(weg);
            }

            foreach (var aanbod in bron.Aanbod)
            {
                var bestaand = doel.Aanbod.FirstOrDefault(a => a.Id == aanbod.Id);
                if (bestaand is null)
                {
                    aanbod.OrganisatieId = doel.Id;
                    db.Aanbod.Add(aanbod);
                }
                else
                {
                    AanbodMomentopname.Van(aanbod).PasToeOp(bestaand);
                    bestaand.UitImport = true;
                }
            }

            return await historiek.RegistreerAsync(ProfielSoort.Organisatie, doel.Id, oud.Toestand(gemeenten),
                OrganisatieMomentopname.Van(doel).Toestand(gemeenten), VersieAard.Wijziging, "Bijgewerkt door de import", Door, cancellationToken);
        }, cancellationToken);

    private Task<List<Guid>> UpsertSchoolsAsync(List<School> incoming, bool overschrijf, GemeenteLookup gemeenten, CancellationToken cancellationToken) =>
        UpsertProfielenAsync(incoming, ProfielSoort.School, db.Scholen, overschrijf, async (bron, doel) =>
        {
            var oud = SchoolMomentopname.Van(doel);
            SchoolMomentopname.Van(bron).PasToeOp(doel);
            doel.ClbId = bron.ClbId;
            doel.LopId = bron.LopId;
            return await historiek.RegistreerAsync(ProfielSoort.School, doel.Id, oud.Toestand(gemeenten),
                SchoolMomentopname.Van(doel).Toestand(gemeenten), VersieAard.Wijziging, "Bijgewerkt door de import", Door, cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// Upserts organisaties or scholen batch by batch: a new id is added; an existing profile changed in the portal
    /// since its last import is skipped (unless <paramref name="overschrijf"/>); otherwise <paramref name="werkBij"/>
    /// applies the file and records the version. Returns the ids it skipped.
    /// </summary>
    private async Task<List<Guid>> UpsertProfielenAsync<T>(
        List<T> incoming, ProfielSoort soort, IQueryable<T> bestaand, bool overschrijf, Func<T, T, Task<ProfielVersie?>> werkBij, CancellationToken cancellationToken)
        where T : class, IImportProfiel
    {
        var overgeslagen = new List<Guid>();
        if (incoming.Count == 0)
        {
            return overgeslagen;
        }

        var taken = (await db.Set<T>().Select(p => p.Slug).ToListAsync(cancellationToken)).ToHashSet();
        var now = clock.GetUtcNow();
        foreach (var batch in incoming.Chunk(Batch))
        {
            var ids = batch.Select(p => p.Id).ToList();
            var existing = await bestaand.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
            var inPortaal = await GewijzigdInPortaalAsync(soort, existing.Values, overschrijf, cancellationToken);
            foreach (var bron in batch)
            {
                if (!existing.TryGetValue(bron.Id, out var doel))
                {
                    bron.Slug = Slugs.Unique(bron.Naam, taken);
                    bron.LaatstGewijzigd = now;
                    bron.LaatsteImport = now;
                    db.Set<T>().Add(bron);
                }
                else if (inPortaal.Contains(doel.Id))
                {
                    var (wat, map) = soort == ProfielSoort.School ? ("school", "scholen") : ("organisatie", "organisaties");
                    _overgeslagen.Add($"overgeslagen: {wat} \"{doel.Naam}\" (/{map}/{doel.Slug}) werd in het portaal gewijzigd sinds de vorige import; " +
                        "gebruik --overschrijf om toch te overschrijven.");
                    overgeslagen.Add(doel.Id);
                }
                else if (await werkBij(bron, doel) is not null)
                {
                    // A change moves both stamps, so that a later edit in the portal is newer than this import.
                    doel.LaatstGewijzigd = now;
                    doel.LaatsteImport = now;
                }
                else
                {
                    doel.LaatsteImport ??= doel.LaatstGewijzigd; // unchanged: the profile matches the file as it is
                }
            }

            await SaveBatchAsync(cancellationToken);
        }

        return overgeslagen;
    }

    /// <summary>
    /// The profiles of a batch that someone changed in the portal since their last import: changed after
    /// <c>LaatsteImport</c>, or, for a profile imported before that was kept, with a version by someone else than the import.
    /// </summary>
    private async Task<HashSet<Guid>> GewijzigdInPortaalAsync(
        ProfielSoort soort, IEnumerable<IImportProfiel> profielen, bool overschrijf, CancellationToken cancellationToken)
    {
        if (overschrijf)
        {
            return [];
        }

        var lijst = profielen.ToList();
        var gewijzigd = lijst.Where(p => p.LaatstGewijzigd > p.LaatsteImport).Select(p => p.Id).ToHashSet();
        var zonderImport = lijst.Where(p => p.LaatsteImport is null).Select(p => p.Id).ToList();
        gewijzigd.UnionWith(await db.ProfielVersies
            .Where(v => v.Soort == soort && zonderImport.Contains(v.ProfielId) && v.Door != Door && v.Door != ProfielHistoriek.EersteInvoer)
            .Select(v => v.ProfielId).Distinct().ToListAsync(cancellationToken));
        return gewijzigd;
    }

    private async Task UpsertBrugfigurenAsync(List<(Brugfiguur Brugfiguur, List<Guid> Scholen, string Path)> incoming, CancellationToken cancellationToken)
    {
        if (incoming.Count == 0)
        {
            return;
        }

        var taken = (await db.Brugfiguren.Select(b => b.Slug).ToListAsync(cancellationToken)).ToHashSet();
        var now = clock.GetUtcNow();
        foreach (var batch in incoming.Chunk(Batch))
        {
            var ids = batch.Select(b => b.Brugfiguur.Id).ToList();
            var existing = await db.Brugfiguren.Include(b => b.Scholen).Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, cancellationToken);

            // The scholen are in the database by now (saved in an earlier batch of this transaction, or before).
            var scholen = new Dictionary<Guid, School>();
            foreach (var schoolIds in batch.SelectMany(b => b.Scholen).Distinct().Chunk(Batch))
            {
                foreach (var school in await db.Scholen.Where(s => schoolIds.Contains(s.Id)).ToListAsync(cancellationToken))
                {
                    scholen[school.Id] = school;
                }
            }

            foreach (var (bron, schoolIdsVan, _) in batch)
            {
                bron.LaatstGewijzigd = now;
                var doel = existing.GetValueOrDefault(bron.Id);
                if (doel is null)
                {
                    bron.Slug = Slugs.Unique(bron.Naam is null ? $"{bron.Functie} {bron.Id.ToString()[..4]}" : bron.Naam, taken);
                    doel = bron;
                    db.Brugfiguren.Add(doel);
                }
                else
                {
                    bron.Slug = doel.Slug;
                    db.Entry(doel).CurrentValues.SetValues(bron);
                    doel.Talen = bron.Talen;
                }

                doel.Scholen = [.. schoolIdsVan.Distinct().Select(id => scholen[id])];
            }

            await SaveBatchAsync(cancellationToken);
        }
    }

    private async Task UpsertSamenwerkingenAsync(List<Samenwerking> incoming, CancellationToken cancellationToken)
    {
        foreach (var batch in incoming.Chunk(Batch))
        {
            var ids = batch.Select(s => s.Id).ToList();
            var existing = await db.Samenwerkingen.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
            foreach (var bron in batch)
            {
                if (existing.TryGetValue(bron.Id, out var doel))
                {
                    // An imported samenwerking is confirmed: the file is the word of both partners.
                    db.Entry(doel).CurrentValues.SetValues(bron);
                    doel.Samenwerkingsvormen = bron.Samenwerkingsvormen;
                    doel.Aanleidingen = bron.Aanleidingen;
                }
                else
                {
                    db.Samenwerkingen.Add(bron);
                }
            }

            await SaveBatchAsync(cancellationToken);
        }
    }

    /// <summary>Writes one batch (inside the import's transaction) and forgets it, so memory stays flat.</summary>
    private async Task SaveBatchAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
