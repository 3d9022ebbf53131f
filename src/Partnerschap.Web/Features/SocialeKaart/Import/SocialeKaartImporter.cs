using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.Profielbeheer;
using Partnerschap.Web.Infrastructure.Plaatsen;

namespace Partnerschap.Web.Features.SocialeKaart.Import;

/// <summary>
/// The one way data gets into the sociale kaart: HSDS 3.1 organisations and our own JSON for scholen,
/// brugfiguren and samenwerkingen. All files of one call are checked first and written in one transaction:
/// either everything is imported or nothing changes. The files are read twice (check, then write) so that memory holds
/// one batch of records, not the files. Records are upserted by id; a profile changed in the portal
/// since its last import is skipped unless <c>overschrijf</c> is set, and every change to an existing profile is a
/// version in its history (docs/import.md).
/// </summary>
public sealed class SocialeKaartImporter(PortalDbContext db, PlaatsenProvider plaatsen, ProfielHistoriek historiek, TimeProvider clock, ILogger<SocialeKaartImporter> logger)
{
    /// <summary>Who the history names for a change by the import.</summary>
    public const string Door = "import";

    /// <summary>
    /// Ids per query and records per save: far under SQL Server's 2,100 parameters and SQLite's 32,766 variables, and
    /// small enough that the change tracker never holds more than one batch.
    /// </summary>
    private const int Batch = 1000;

    /// <summary>Runs between the check and the writes; lets a test change a file in between.</summary>
    internal Func<CancellationToken, Task>? NaDeControle { get; set; }

    public async Task<ImportResultaat> ImportAsync(IReadOnlyList<string> files, bool overschrijf = false, CancellationToken cancellationToken = default)
    {
        var gemeenten = (await plaatsen.GetAsync(cancellationToken)).Gemeenten;
        var fouten = new List<string>();
        var waarschuwingen = new List<string>();

        // Pass 1: read and check every record of every file, keeping only what the checks over records and files need
        // (ids, aanbod owners, references, a hash of each file); the records themselves are forgotten as they go by.
        var bestanden = new List<Bestand>();
        var organisatieIds = new HashSet<Guid>();
        var aanbodEigenaars = new Dictionary<Guid, (Guid Organisatie, string Naam)>();
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
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            try
            {
                foreach (var item in JsonItems.Lees(file, hash))
                {
                    ImportReader reader = IsEigen(item) ? eigen ??= new ScholenImport(gemeenten) : hsds ??= new HsdsImport(gemeenten);
                    reader.Lees(item);
                    reader.Vergeet();
                }
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
                organisatieIds.UnionWith(hsds.OrganisatieIds);
                foreach (var (aanbod, eigenaar) in hsds.AanbodEigenaars)
                {
                    aanbodEigenaars.TryAdd(aanbod, eigenaar);
                }
            }

            if (eigen is not null)
            {
                fouten.AddRange(eigen.Fouten.Select(f => $"{name}: {f}"));
                scholenReaders.Add((eigen, name));
            }

            bestanden.Add(new Bestand(file, name, hash.GetHashAndReset(), hsds is not null, eigen is not null));
        }

        await CheckReferencesAsync(scholenReaders, organisatieIds, fouten, cancellationToken);
        await CheckAanbodOwnersAsync(aanbodEigenaars, fouten, cancellationToken);
        if (fouten.Count > 0)
        {
            logger.LogWarning("Import geweigerd: {Aantal} fout(en); er is niets gewijzigd", fouten.Count);
            return new ImportResultaat(false, fouten, waarschuwingen, 0, 0, 0, 0, 0);
        }

        if (NaDeControle is not null)
        {
            await NaDeControle(cancellationToken);
        }

        // Pass 2: read the files again and write batch by batch, all in one transaction: organisaties first (scholen
        // point to them), then scholen, brugfiguren and samenwerkingen. A file that reads differently now is a
        // failure like any other: the transaction is rolled back.
        var stand = new Schrijfstand(clock.GetUtcNow(), overschrijf, gemeenten);
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            await strategy.ExecuteAsync(async () =>
            {
                // A retry starts from scratch, in a new transaction.
                db.ChangeTracker.Clear();
                stand = new Schrijfstand(clock.GetUtcNow(), overschrijf, gemeenten);
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                foreach (var bestand in bestanden.Where(b => b.Hsds))
                {
                    await HerleesAsync(bestand, item => !IsEigen(item), new HsdsImport(gemeenten),
                        r => r.Organisaties.Count, r => SchrijfOrganisatiesAsync(r.Organisaties, stand, cancellationToken), cancellationToken);
                }

                foreach (var bestand in bestanden.Where(b => b.Eigen))
                {
                    await HerleesAsync(bestand, item => item.Lijst == "scholen", new ScholenImport(gemeenten),
                        r => r.Scholen.Count, r => SchrijfScholenAsync([.. r.Scholen.Select(s => s.School)], stand, cancellationToken), cancellationToken);
                }

                foreach (var bestand in bestanden.Where(b => b.Eigen))
                {
                    await HerleesAsync(bestand, item => item.Lijst == "brugfiguren", new ScholenImport(gemeenten),
                        r => r.Brugfiguren.Count, r => SchrijfBrugfigurenAsync(r.Brugfiguren, stand, cancellationToken), cancellationToken);
                }

                foreach (var bestand in bestanden.Where(b => b.Eigen))
                {
                    await HerleesAsync(bestand, item => item.Lijst == "samenwerkingen", new ScholenImport(gemeenten),
                        r => r.Samenwerkingen.Count, r => SchrijfSamenwerkingenAsync([.. r.Samenwerkingen.Select(s => s.Samenwerking)], stand, cancellationToken), cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
            });
        }
        catch (DbUpdateException ex)
        {
            db.ChangeTracker.Clear();
            logger.LogError(ex, "Import mislukt bij het schrijven; de transactie is teruggedraaid");
            return new ImportResultaat(false, [$"De databank weigerde de import ({(ex.InnerException ?? ex).Message}); er is niets gewijzigd."], waarschuwingen, 0, 0, 0, 0, 0);
        }
        catch (BestandGewijzigdException ex)
        {
            db.ChangeTracker.Clear();
            logger.LogError("Import mislukt: {Bestand} veranderde tijdens de import; de transactie is teruggedraaid", ex.Bestand);
            return new ImportResultaat(false, [$"{ex.Bestand}: het bestand veranderde tijdens de import; er is niets gewijzigd. Importeer opnieuw."], waarschuwingen, 0, 0, 0, 0, 0);
        }

        db.ChangeTracker.Clear();
        waarschuwingen.AddRange(stand.Overgeslagen);
        logger.LogInformation(
            "Import gelukt: {Organisaties} organisaties, {Scholen} scholen, {Brugfiguren} brugfiguren, {Samenwerkingen} samenwerkingen, {Overgeslagen} overgeslagen",
            stand.Organisaties, stand.Scholen, stand.Brugfiguren, stand.Samenwerkingen, stand.Overgeslagen.Count);
        return new ImportResultaat(true, [], waarschuwingen, stand.Organisaties, stand.Aanbod, stand.Scholen, stand.Brugfiguren, stand.Samenwerkingen, stand.Overgeslagen.Count);
    }

    private static bool IsEigen(JsonItem item) => item.Lijst is "scholen" or "brugfiguren" or "samenwerkingen";

    /// <summary>
    /// Reads a file again (pass 2), hands the records <paramref name="neem"/> accepts to <paramref name="reader"/>, and
    /// writes them every <see cref="Batch"/> records, then the rest. The file must read exactly as in pass 1: no error,
    /// the same bytes; otherwise <see cref="BestandGewijzigdException"/> rolls the whole import back.
    /// </summary>
    private static async Task HerleesAsync<TReader>(
        Bestand bestand, Func<JsonItem, bool> neem, TReader reader, Func<TReader, int> aantal, Func<TReader, Task> schrijf, CancellationToken cancellationToken)
        where TReader : ImportReader
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        try
        {
            foreach (var item in JsonItems.Lees(bestand.Pad, hash))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!neem(item))
                {
                    continue;
                }

                reader.Lees(item);
                if (reader.Fouten.Count > 0)
                {
                    throw new BestandGewijzigdException(bestand.Naam);
                }

                if (aantal(reader) >= Batch)
                {
                    await schrijf(reader);
                    reader.Vergeet();
                }
            }
        }
        catch (JsonException)
        {
            throw new BestandGewijzigdException(bestand.Naam);
        }

        if (!hash.GetHashAndReset().AsSpan().SequenceEqual(bestand.Hash))
        {
            throw new BestandGewijzigdException(bestand.Naam);
        }

        if (aantal(reader) > 0)
        {
            await schrijf(reader);
            reader.Vergeet();
        }
    }

    private async Task CheckReferencesAsync(
        List<(ScholenImport Reader, string File)> readers,
        HashSet<Guid> organisatieIds,
        List<string> fouten,
        CancellationToken cancellationToken)
    {
        var schoolIds = readers.SelectMany(r => r.Reader.SchoolIds).ToHashSet();
        var brugfiguurIds = readers.SelectMany(r => r.Reader.BrugfiguurIds).ToHashSet();
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
    private async Task CheckAanbodOwnersAsync(Dictionary<Guid, (Guid Organisatie, string Naam)> eigenaar, List<string> fouten, CancellationToken cancellationToken)
    {
        foreach (var ids in eigenaar.Keys.Chunk(Batch))
        {
            var bestaand = await db.Aanbod.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.OrganisatieId }).ToListAsync(cancellationToken);
            foreach (var a in bestaand.Where(a => eigenaar[a.Id].Organisatie != a.OrganisatieId))
            {
                fouten.Add($"organisatie \"{eigenaar[a.Id].Naam}\": aanbod-id {a.Id} hoort al bij een andere organisatie; geef het aanbod een eigen id.");
            }
        }
    }

    /// <summary>Writes one batch of organisaties with their aanbod; counts what it wrote and what it skipped.</summary>
    private async Task SchrijfOrganisatiesAsync(List<Organisatie> batch, Schrijfstand stand, CancellationToken cancellationToken)
    {
        var gemeenten = stand.Gemeenten;
        var overgeslagen = await SchrijfProfielenAsync(batch, ProfielSoort.Organisatie, db.Organisaties.Include(o => o.Aanbod).AsSplitQuery(), stand, async (bron, doel) =>
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
        var geschreven = batch.Where(o => !overgeslagen.Contains(o.Id)).ToList();
        stand.Organisaties += geschreven.Count;
        stand.Aanbod += geschreven.Sum(o => o.Aanbod.Count);
    }

    private async Task SchrijfScholenAsync(List<School> batch, Schrijfstand stand, CancellationToken cancellationToken)
    {
        var gemeenten = stand.Gemeenten;
        var overgeslagen = await SchrijfProfielenAsync(batch, ProfielSoort.School, db.Scholen, stand, async (bron, doel) =>
        {
            var oud = SchoolMomentopname.Van(doel);
            SchoolMomentopname.Van(bron).PasToeOp(doel);
            doel.ClbId = bron.ClbId;
            doel.LopId = bron.LopId;
            return await historiek.RegistreerAsync(ProfielSoort.School, doel.Id, oud.Toestand(gemeenten),
                SchoolMomentopname.Van(doel).Toestand(gemeenten), VersieAard.Wijziging, "Bijgewerkt door de import", Door, cancellationToken);
        }, cancellationToken);
        stand.Scholen += batch.Count - overgeslagen.Count;
    }

    /// <summary>
    /// Upserts one batch of organisaties or scholen: a new id is added; an existing profile changed in the portal
    /// since its last import is skipped (unless the import overwrites); otherwise <paramref name="werkBij"/> applies
    /// the file and records the version. Returns the ids it skipped.
    /// </summary>
    private async Task<HashSet<Guid>> SchrijfProfielenAsync<T>(
        List<T> batch, ProfielSoort soort, IQueryable<T> bestaand, Schrijfstand stand, Func<T, T, Task<ProfielVersie?>> werkBij, CancellationToken cancellationToken)
        where T : class, IImportProfiel
    {
        var overgeslagen = new HashSet<Guid>();
        var taken = await stand.SlugsAsync<T>(db.Set<T>().Select(p => p.Slug), cancellationToken);
        var now = stand.Nu;
        var ids = batch.Select(p => p.Id).ToList();
        var existing = await bestaand.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var inPortaal = await GewijzigdInPortaalAsync(soort, existing.Values, stand.Overschrijf, cancellationToken);
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
                stand.Overgeslagen.Add($"overgeslagen: {wat} \"{doel.Naam}\" (/{map}/{doel.Slug}) werd in het portaal gewijzigd sinds de vorige import; " +
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

        await BewaarBatchAsync(cancellationToken);
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

    private async Task SchrijfBrugfigurenAsync(List<(Brugfiguur Brugfiguur, List<Guid> Scholen, string Path)> batch, Schrijfstand stand, CancellationToken cancellationToken)
    {
        var taken = await stand.SlugsAsync<Brugfiguur>(db.Brugfiguren.Select(b => b.Slug), cancellationToken);
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
            bron.LaatstGewijzigd = stand.Nu;
            var doel = existing.GetValueOrDefault(bron.Id);
            if (doel is null)
            {
                bron.Slug = Slugs.Unique(bron.PubliekeNaam is null ? $"{bron.Functie} {bron.Id.ToString()[..4]}" : bron.Naam!, taken);
                doel = bron;
                db.Brugfiguren.Add(doel);
            }
            else
            {
                bron.Slug = doel.Slug;

                // "Alleen functie" is the person's choice, made in the portal: a file without it does not undo it.
                bron.AlleenFunctie |= doel.AlleenFunctie;
                db.Entry(doel).CurrentValues.SetValues(bron);
                doel.Talen = bron.Talen;
            }

            doel.Scholen = [.. schoolIdsVan.Distinct().Select(id => scholen[id])];
        }

        await BewaarBatchAsync(cancellationToken);
        stand.Brugfiguren += batch.Count;
    }

    private async Task SchrijfSamenwerkingenAsync(List<Samenwerking> batch, Schrijfstand stand, CancellationToken cancellationToken)
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

        await BewaarBatchAsync(cancellationToken);
        stand.Samenwerkingen += batch.Count;
    }

    /// <summary>Writes one batch (inside the import's transaction) and forgets it, so memory stays flat.</summary>
    private async Task BewaarBatchAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>A file that passed the check (pass 1): where it is, its name for messages, its SHA-256, what it holds.</summary>
    private sealed record Bestand(string Pad, string Naam, byte[] Hash, bool Hsds, bool Eigen);

    /// <summary>What the writes (pass 2) keep across batches: the moment, the slugs in use, the counts, the skipped profiles.</summary>
    private sealed class Schrijfstand(DateTimeOffset nu, bool overschrijf, GemeenteLookup gemeenten)
    {
        private readonly Dictionary<Type, HashSet<string>> _slugs = [];

        public DateTimeOffset Nu { get; } = nu;

        public bool Overschrijf { get; } = overschrijf;

        public GemeenteLookup Gemeenten { get; } = gemeenten;

        public List<string> Overgeslagen { get; } = [];

        public int Organisaties { get; set; }

        public int Aanbod { get; set; }

        public int Scholen { get; set; }

        public int Brugfiguren { get; set; }

        public int Samenwerkingen { get; set; }

        /// <summary>The slugs of one kind of profile in use, asked once per import and kept up to date by <see cref="Slugs.Unique"/>.</summary>
        public async Task<HashSet<string>> SlugsAsync<T>(IQueryable<string> slugs, CancellationToken cancellationToken)
        {
            if (!_slugs.TryGetValue(typeof(T), out var taken))
            {
                _slugs[typeof(T)] = taken = (await slugs.ToListAsync(cancellationToken)).ToHashSet();
            }

            return taken;
        }
    }

    /// <summary>A file read differently in pass 2 than in pass 1 (it was changed in between).</summary>
    private sealed class BestandGewijzigdException(string bestand) : Exception($"{bestand} veranderde tijdens de import.")
    {
        public string Bestand { get; } = bestand;
    }
}
