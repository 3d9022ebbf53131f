using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.SocialeKaart.Import;

/// <summary>The outcome of an import: counts, warnings, and (when it failed) every problem with file and line.</summary>
public sealed record ImportResultaat(
    bool Gelukt,
    IReadOnlyList<string> Fouten,
    IReadOnlyList<string> Waarschuwingen,
    int Organisaties,
    int Aanbod,
    int Scholen,
    int Brugfiguren,
    int Samenwerkingen);

/// <summary>
/// The one way data gets into the sociale kaart: HSDS 3.1 organisations and our own JSON for scholen,
/// brugfiguren and samenwerkingen. All files of one call are checked first and written in one transaction:
/// either everything is imported or nothing changes. Records are upserted by id.
/// </summary>
public sealed class SocialeKaartImporter(PortalDbContext db, TimeProvider clock, ILogger<SocialeKaartImporter> logger)
{
    public async Task<ImportResultaat> ImportAsync(IReadOnlyList<string> files, CancellationToken cancellationToken = default)
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

            var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
            JsonDocument document;
            JsonLines lines;
            try
            {
                document = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                lines = new JsonLines(bytes);
            }
            catch (JsonException ex)
            {
                fouten.Add($"{name}: regel {(ex.LineNumber ?? 0) + 1}: geen geldige JSON ({ex.Message.Split(" Path:")[0]})");
                continue;
            }

            using (document)
            {
                var root = document.RootElement;
                if (root.ValueKind == JsonValueKind.Object &&
                    (root.TryGetProperty("scholen", out _) || root.TryGetProperty("brugfiguren", out _) || root.TryGetProperty("samenwerkingen", out _)))
                {
                    var reader = new ScholenImport(gemeenten, lines);
                    reader.Read(root);
                    fouten.AddRange(reader.Fouten.Select(f => $"{name}: {f}"));
                    scholenReaders.Add((reader, name));
                }
                else
                {
                    var reader = new HsdsImport(gemeenten, lines);
                    reader.Read(root);
                    fouten.AddRange(reader.Fouten.Select(f => $"{name}: {f}"));
                    waarschuwingen.AddRange(reader.Waarschuwingen.Select(w => $"{name}: {w}"));
                    organisaties.AddRange(reader.Organisaties);
                }
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

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await UpsertOrganisationsAsync(organisaties, cancellationToken);
            await UpsertSchoolsAsync(scholen, cancellationToken);
            await UpsertBrugfigurenAsync(brugfiguren, cancellationToken);
            await UpsertSamenwerkingenAsync(samenwerkingen, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });

        db.ChangeTracker.Clear();
        logger.LogInformation(
            "Import gelukt: {Organisaties} organisaties, {Scholen} scholen, {Brugfiguren} brugfiguren, {Samenwerkingen} samenwerkingen",
            organisaties.Count, scholen.Count, brugfiguren.Count, samenwerkingen.Count);
        return new ImportResultaat(true, [], waarschuwingen, organisaties.Count, organisaties.Sum(o => o.Aanbod.Count),
            scholen.Count, brugfiguren.Count, samenwerkingen.Count);
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
            var wanted = reader.OrganisatieVerwijzingen.Select(r => r.Id).Where(id => !organisatieIds.Contains(id)).Distinct().ToList();
            organisatieIds.UnionWith(await db.Organisaties.Where(o => wanted.Contains(o.Id)).Select(o => o.Id).ToListAsync(cancellationToken));
            wanted = reader.SchoolVerwijzingen.Select(r => r.Id).Where(id => !schoolIds.Contains(id)).Distinct().ToList();
            schoolIds.UnionWith(await db.Scholen.Where(s => wanted.Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken));
            wanted = reader.BrugfiguurVerwijzingen.Select(r => r.Id).Where(id => !brugfiguurIds.Contains(id)).Distinct().ToList();
            brugfiguurIds.UnionWith(await db.Brugfiguren.Where(b => wanted.Contains(b.Id)).Select(b => b.Id).ToListAsync(cancellationToken));

            void Check(List<(Guid Id, string Path, string Wat)> references, HashSet<Guid> known)
            {
                foreach (var (id, path, wat) in references.Where(r => !known.Contains(r.Id)))
                {
                    fouten.Add($"{file}: regel {LineOf(reader, path)}: {path}: {wat} met id {id} bestaat niet (niet in deze import en niet in de databank).");
                }
            }

            Check(reader.OrganisatieVerwijzingen, organisatieIds);
            Check(reader.SchoolVerwijzingen, schoolIds);
            Check(reader.BrugfiguurVerwijzingen, brugfiguurIds);
        }
    }

    private static int LineOf(ScholenImport reader, string path) => reader.LineOf(path);

    /// <summary>An aanbod id is global: it may not move silently from one organisation to another.</summary>
    private async Task CheckAanbodOwnersAsync(List<Organisatie> organisaties, List<string> fouten, CancellationToken cancellationToken)
    {
        var eigenaar = organisaties.SelectMany(o => o.Aanbod.Select(a => (a.Id, Organisatie: o))).DistinctBy(x => x.Id).ToDictionary(x => x.Id, x => x.Organisatie);
        var ids = eigenaar.Keys.ToList();
        var bestaand = await db.Aanbod.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.OrganisatieId }).ToListAsync(cancellationToken);
        foreach (var a in bestaand.Where(a => eigenaar[a.Id].Id != a.OrganisatieId))
        {
            fouten.Add($"organisatie \"{eigenaar[a.Id].Naam}\": aanbod-id {a.Id} hoort al bij een andere organisatie; geef het aanbod een eigen id.");
        }
    }

    private async Task UpsertOrganisationsAsync(List<Organisatie> incoming, CancellationToken cancellationToken)
    {
        if (incoming.Count == 0)
        {
            return;
        }

        var ids = incoming.Select(o => o.Id).ToList();
        var existing = await db.Organisaties.Include(o => o.Aanbod).Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var taken = (await db.Organisaties.Select(o => o.Slug).ToListAsync(cancellationToken)).ToHashSet();
        var now = clock.GetUtcNow();
        foreach (var bron in incoming)
        {
            if (!existing.TryGetValue(bron.Id, out var doel))
            {
                bron.Slug = Slugs.Unique(bron.Naam, taken);
                bron.LaatstGewijzigd = now;
                db.Organisaties.Add(bron);
                continue;
            }

            doel.Naam = bron.Naam;
            doel.Beschrijving = bron.Beschrijving;
            doel.Type = bron.Type;
            doel.KboNummer = bron.KboNummer;
            doel.Website = bron.Website;
            doel.Email = bron.Email;
            doel.Telefoon = bron.Telefoon;
            doel.Openingsuren = bron.Openingsuren;
            doel.Kosten = bron.Kosten;
            doel.ToegangOuders = bron.ToegangOuders;
            doel.ToegangProfessionals = bron.ToegangProfessionals;
            doel.GedeeldeInformatie = bron.GedeeldeInformatie;
            doel.Status = bron.Status;
            doel.LaatstGecontroleerd = bron.LaatstGecontroleerd ?? doel.LaatstGecontroleerd;
            doel.LaatstGewijzigd = now;
            doel.Aanspreekpunt = bron.Aanspreekpunt;
            doel.Locaties = bron.Locaties;
            doel.Werkingsgebied = bron.Werkingsgebied;
            doel.Talen = bron.Talen;
            doel.Doelgroepen = bron.Doelgroepen;
            doel.Aanleidingen = bron.Aanleidingen;
            doel.Samenwerkingsvormen = bron.Samenwerkingsvormen;

            var nieuweIds = bron.Aanbod.Select(a => a.Id).ToHashSet();
            foreach (var weg in doel.Aanbod.Where(a => !nieuweIds.Contains(a.Id)).ToList())
            {
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
                    db.Entry(bestaand).CurrentValues.SetValues(aanbod);
                    bestaand.Doelgroepen = aanbod.Doelgroepen;
                    bestaand.Aanleidingen = aanbod.Aanleidingen;
                    bestaand.Samenwerkingsvormen = aanbod.Samenwerkingsvormen;
                    bestaand.Talen = aanbod.Talen;
                    bestaand.Locaties = aanbod.Locaties;
                    bestaand.Werkingsgebied = aanbod.Werkingsgebied;
                }
            }
        }
    }

    private async Task UpsertSchoolsAsync(List<School> incoming, CancellationToken cancellationToken)
    {
        if (incoming.Count == 0)
        {
            return;
        }

        var ids = incoming.Select(s => s.Id).ToList();
        var existing = await db.Scholen.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var taken = (await db.Scholen.Select(s => s.Slug).ToListAsync(cancellationToken)).ToHashSet();
        var now = clock.GetUtcNow();
        foreach (var bron in incoming)
        {
            bron.LaatstGewijzigd = now;
            if (existing.TryGetValue(bron.Id, out var doel))
            {
                bron.Slug = doel.Slug;
                db.Entry(doel).CurrentValues.SetValues(bron);
                doel.Zorgcoordinator = bron.Zorgcoordinator;
            }
            else
            {
                bron.Slug = Slugs.Unique(bron.Naam, taken);
                db.Scholen.Add(bron);
            }
        }
    }

    private async Task UpsertBrugfigurenAsync(List<(Brugfiguur Brugfiguur, List<Guid> Scholen, string Path)> incoming, CancellationToken cancellationToken)
    {
        if (incoming.Count == 0)
        {
            return;
        }

        var ids = incoming.Select(b => b.Brugfiguur.Id).ToList();
        var existing = await db.Brugfiguren.Include(b => b.Scholen).Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, cancellationToken);
        var taken = (await db.Brugfiguren.Select(b => b.Slug).ToListAsync(cancellationToken)).ToHashSet();
        var schoolIds = incoming.SelectMany(b => b.Scholen).Distinct().ToList();
        var scholen = db.Scholen.Local.Where(s => schoolIds.Contains(s.Id)).ToDictionary(s => s.Id);
        var missing = schoolIds.Where(id => !scholen.ContainsKey(id)).ToList();
        foreach (var school in await db.Scholen.Where(s => missing.Contains(s.Id)).ToListAsync(cancellationToken))
        {
            scholen[school.Id] = school;
        }

        var now = clock.GetUtcNow();
        foreach (var (bron, schoolIdsVan, _) in incoming)
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
    }

    private async Task UpsertSamenwerkingenAsync(List<Samenwerking> incoming, CancellationToken cancellationToken)
    {
        if (incoming.Count == 0)
        {
            return;
        }

        var ids = incoming.Select(s => s.Id).ToList();
        var existing = await db.Samenwerkingen.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        foreach (var bron in incoming)
        {
            if (existing.TryGetValue(bron.Id, out var doel))
            {
                db.Entry(doel).CurrentValues.SetValues(bron);
                doel.Samenwerkingsvormen = bron.Samenwerkingsvormen;
                doel.Aanleidingen = bron.Aanleidingen;
            }
            else
            {
                db.Samenwerkingen.Add(bron);
            }
        }
    }
}
