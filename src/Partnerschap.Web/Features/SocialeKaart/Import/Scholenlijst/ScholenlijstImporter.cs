using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.Profielbeheer;
using Partnerschap.Web.Infrastructure;
using Partnerschap.Web.Infrastructure.Audit;
using Partnerschap.Web.Infrastructure.Plaatsen;

namespace Partnerschap.Web.Features.SocialeKaart.Import.Scholenlijst;

/// <summary>
/// What an import of the official list did (or, in a dry run, would do). <see cref="Afdruk"/> names the file and the
/// planned changes: the upload applies only when the dry run it showed has the same.
/// </summary>
public sealed record ScholenlijstResultaat(
    bool Gelukt,
    bool Toegepast,
    IReadOnlyList<string> Fouten,
    IReadOnlyList<string> Waarschuwingen,
    IReadOnlyList<string> Wijzigingen,
    int Nieuw,
    int Gewijzigd,
    int Ongewijzigd,
    int Gesloten,
    int NietMeerInLijst,
    int TerugInLijst,
    string Afdruk)
{
    /// <summary>Not applied: the file or the portal changed since the dry run whose <see cref="Afdruk"/> was expected.</summary>
    public bool Verouderd { get; init; }

    public int Totaal => Nieuw + Gewijzigd + Ongewijzigd;

    public bool NietsTeDoen => Nieuw + Gewijzigd + NietMeerInLijst == 0;
}

/// <summary>
/// Brings the scholen in line with the official list of vestigingsplaatsen (docs/import.md, "De officiële lijst van
/// scholen"). A vestigingsplaats is schoolnummer + intern_vplnummer. All or nothing: with any error nothing changes.
/// The list owns its own fields (name, address, position, net, level, contact, CLB, dates); what members maintain
/// (zorgcoördinator, samenwerkingen, brugfiguren, LaatstGecontroleerd) is never touched. A field is assigned only when
/// its value differs, so a second run of the same file changes nothing at all. Schools that came from an earlier list
/// and are missing from a complete one are marked, never deleted.
/// </summary>
public sealed class ScholenlijstImporter(
    PortalDbContext db, PlaatsenProvider plaatsen, ProfielHistoriek historiek, AuditLogger audit, TimeProvider clock, ILogger<ScholenlijstImporter> logger)
{
    /// <param name="volledig">The file is the whole list: schools of an earlier list that it lacks are marked.</param>
    /// <param name="toepassen">False for a dry run: everything is checked and counted, nothing is saved.</param>
    /// <param name="verwachteAfdruk">The <see cref="ScholenlijstResultaat.Afdruk"/> of the dry run the Beheerder saw: applied only when it is the same.</param>
    public async Task<ScholenlijstResultaat> ImportAsync(
        Stream bestand, bool toepassen, bool volledig = true, string? verwachteAfdruk = null, CancellationToken cancellationToken = default)
    {
        var gemeenten = (await plaatsen.GetAsync(cancellationToken)).Gemeenten;
        using var buffer = new MemoryStream();
        await bestand.CopyToAsync(buffer, cancellationToken);
        var bestandHash = SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        buffer.Position = 0;
        var gelezen = ScholenlijstLezer.Lees(buffer, gemeenten);
        if (gelezen.Fouten.Count > 0)
        {
            return Mislukt([.. gelezen.Fouten.Select(f => f.ToString())], gelezen.Waarschuwingen);
        }

        var nu = clock.GetUtcNow();
        var vandaag = BelgischeTijd.Vandaag(clock);
        var waarschuwingen = gelezen.Waarschuwingen;
        var wijzigingen = new List<string>();
        var plan = new StringBuilder(Convert.ToHexString(bestandHash));
        var clbs = await ClbsAsync(cancellationToken);
        var onbekendeClbs = new Dictionary<string, (string Naam, int Scholen, bool Dubbel)>();

        var scholen = await db.Scholen.ToListAsync(cancellationToken);
        var opNummer = scholen.Where(s => s.Vestigingsplaatsnummer is not null && s.Instellingsnummer is not null)
            .GroupBy(s => (s.Instellingsnummer!, s.Vestigingsplaatsnummer!)).ToDictionary(g => g.Key, g => g.First());

        // A school already in the portal without a vestigingsplaats (our JSON, the demo) becomes the hoofdzetel of its
        // number (or its first vestigingsplaats when the list names no hoofdzetel), rather than a duplicate.
        var teClaimen = scholen.Where(s => s.Vestigingsplaatsnummer is null && s.Instellingsnummer is not null)
            .GroupBy(s => s.Instellingsnummer!).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single());
        var claimRegel = gelezen.Vestigingen.GroupBy(v => v.Instellingsnummer)
            .ToDictionary(g => g.Key, g => (g.FirstOrDefault(v => v.Hoofdzetel) ?? g.First()).Regel);
        var slugs = scholen.Select(s => s.Slug).ToHashSet();
        var inLijst = new HashSet<Guid>();
        int nieuw = 0, gewijzigd = 0, ongewijzigd = 0, gesloten = 0, terug = 0;
        foreach (var v in gelezen.Vestigingen)
        {
            if (v.Einddatum < vandaag)
            {
                gesloten++;
            }

            var clbId = Clb(v.ClbNaam, clbs, onbekendeClbs);
            if (!opNummer.TryGetValue((v.Instellingsnummer, v.Vestigingsplaatsnummer), out var doel) &&
                claimRegel[v.Instellingsnummer] == v.Regel && teClaimen.Remove(v.Instellingsnummer, out var geclaimd))
            {
                doel = geclaimd;
            }

            if (doel is null)
            {
                var school = new School { Naam = v.Naam, Slug = Slugs.Unique(v.Naam, slugs), Net = v.Net, GemeenteNis = v.GemeenteNis, LaatstGewijzigd = nu, LaatsteImport = nu };
                NeemOver(v, clbId, school);
                db.Scholen.Add(school);
                nieuw++;
                wijzigingen.Add($"nieuw: {v.Naam}, {v.Postcode} {v.Plaats} (regel {v.Regel})");
                plan.Append(CultureInfo.InvariantCulture, $"|n:{v.Instellingsnummer}/{v.Vestigingsplaatsnummer}");
                continue;
            }

            inLijst.Add(doel.Id);
            var oud = SchoolMomentopname.Van(doel);
            NeemOver(v, clbId, doel);
            if (doel.NietInOfficieleLijstSinds is not null)
            {
                doel.NietInOfficieleLijstSinds = null;
                terug++;
            }

            var entry = db.Entry(doel);
            entry.DetectChanges();
            var velden = entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name).Order(StringComparer.Ordinal).ToList();
            if (velden.Count == 0)
            {
                ongewijzigd++;
                continue;
            }

            gewijzigd++;
            wijzigingen.Add($"gewijzigd: {doel.Naam} (/scholen/{doel.Slug}, regel {v.Regel}): {string.Join(", ", velden.Select(Label).Distinct())}");
            plan.Append(CultureInfo.InvariantCulture, $"|g:{doel.Id}:{string.Join(',', velden)}");
            doel.LaatstGewijzigd = nu;
            doel.LaatsteImport = nu;
            if (toepassen)
            {
                await historiek.RegistreerAsync(ProfielSoort.School, doel.Id, oud.Toestand(gemeenten), SchoolMomentopname.Van(doel).Toestand(gemeenten),
                    VersieAard.Wijziging, "Bijgewerkt door de officiële lijst van scholen", SocialeKaartImporter.Door, cancellationToken);
            }
        }

        var weg = 0;
        if (volledig)
        {
            foreach (var school in scholen.Where(s => s.Vestigingsplaatsnummer is not null && s.NietInOfficieleLijstSinds is null && !inLijst.Contains(s.Id)))
            {
                school.NietInOfficieleLijstSinds = nu;
                weg++;
                wijzigingen.Add($"niet meer in de officiële lijst: {school.Naam} (/scholen/{school.Slug})");
                plan.Append(CultureInfo.InvariantCulture, $"|w:{school.Id}");
            }
        }

        foreach (var (naam, scholenMetClb, dubbel) in onbekendeClbs.Values.OrderBy(c => c.Naam, Nl.Namen))
        {
            waarschuwingen.Add(dubbel
                ? $"CLB '{naam}' past bij meer dan één CLB op de kaart ({Scholen(scholenMetClb)}); de naam staat als tekst bij de school."
                : $"CLB '{naam}' staat niet op de kaart ({Scholen(scholenMetClb)}); de naam staat als tekst bij de school.");
        }

        var afdruk = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(plan.ToString())));
        var resultaat = new ScholenlijstResultaat(true, false, [], waarschuwingen, wijzigingen, nieuw, gewijzigd, ongewijzigd, gesloten, weg, terug, afdruk);
        if (!toepassen || resultaat.NietsTeDoen || (verwachteAfdruk is not null && verwachteAfdruk != afdruk))
        {
            db.ChangeTracker.Clear();
            return resultaat with { Verouderd = toepassen && verwachteAfdruk is not null && verwachteAfdruk != afdruk };
        }

        audit.Registreer(AuditSoorten.ScholenlijstGeimporteerd, "officiële lijst van scholen",
            $"{nieuw} nieuw, {gewijzigd} gewijzigd, {ongewijzigd} ongewijzigd, {weg} niet meer in de lijst, {terug} terug in de lijst; {gesloten} gesloten vestigingsplaatsen in de lijst.");
        try
        {
            // One SaveChanges is one transaction: every school, every version and the audit entry, or nothing.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            db.ChangeTracker.Clear();
            logger.LogError(ex, "Import van de officiële lijst van scholen mislukt bij het schrijven; er is niets gewijzigd");
            return Mislukt([$"De databank weigerde de import ({(ex.InnerException ?? ex).Message}); er is niets gewijzigd. Probeer opnieuw."], waarschuwingen);
        }

        db.ChangeTracker.Clear();
        logger.LogInformation("Officiële lijst van scholen ingelezen: {Nieuw} nieuw, {Gewijzigd} gewijzigd, {Ongewijzigd} ongewijzigd, {Weg} niet meer in de lijst",
            nieuw, gewijzigd, ongewijzigd, weg);
        return resultaat with { Toegepast = true };
    }

    private static ScholenlijstResultaat Mislukt(IReadOnlyList<string> fouten, IReadOnlyList<string> waarschuwingen) =>
        new(false, false, fouten, waarschuwingen, [], 0, 0, 0, 0, 0, 0, string.Empty);

    /// <summary>Copies the list's fields. EF marks a property modified only when its value differs.</summary>
    private static void NeemOver(OfficieleVestiging v, Guid? clbId, School s)
    {
        s.Naam = v.Naam;
        s.Instellingsnummer = v.Instellingsnummer;
        s.Vestigingsplaatsnummer = v.Vestigingsplaatsnummer;
        s.Hoofdzetel = v.Hoofdzetel;
        s.Net = v.Net;
        s.Onderwijsniveau = v.Onderwijsniveau;
        s.Straat = v.Straat;
        s.Postcode = v.Postcode;
        s.GemeenteNis = v.GemeenteNis;
        s.Plaats = v.Plaats;
        s.Latitude = v.Latitude;
        s.Longitude = v.Longitude;
        s.Einddatum = v.Einddatum;
        s.ClbNaam = v.ClbNaam;
        s.Onderwijsaanbod = v.Onderwijsaanbod;

        // An empty contact field in the list does not erase what the portal has.
        s.Telefoon = v.Telefoon ?? s.Telefoon;
        s.Email = v.Email ?? s.Email;
        s.Website = v.Website ?? s.Website;

        // Without a CLB in the list the link made in the portal stays; with one, the list decides.
        if (v.ClbNaam is not null)
        {
            s.ClbId = clbId;
        }
    }

    /// <summary>The CLBs on the map, by folded name (case, accents and spaces do not count).</summary>
    private async Task<ILookup<string, Guid>> ClbsAsync(CancellationToken cancellationToken) =>
        (await db.Organisaties.AsNoTracking().Where(o => o.Type == "clb").Select(o => new { o.Id, o.Naam }).ToListAsync(cancellationToken))
            .ToLookup(o => Vouw(o.Naam), o => o.Id);

    private static Guid? Clb(string? naam, ILookup<string, Guid> clbs, Dictionary<string, (string Naam, int Scholen, bool Dubbel)> onbekend)
    {
        if (naam is null)
        {
            return null;
        }

        var sleutel = Vouw(naam);
        var gevonden = clbs[sleutel].ToList();
        if (gevonden.Count == 1)
        {
            return gevonden[0];
        }

        onbekend[sleutel] = (naam, onbekend.GetValueOrDefault(sleutel).Scholen + 1, gevonden.Count > 1);
        return null;
    }

    private static string Vouw(string naam) => string.Join(' ', Slugs.Fold(naam).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string Scholen(int aantal) => aantal == 1 ? "1 school" : $"{aantal} scholen";

    private static string Label(string veld) => veld switch
    {
        nameof(School.Naam) => "naam",
        nameof(School.Instellingsnummer) or nameof(School.Vestigingsplaatsnummer) => "nummer",
        nameof(School.Hoofdzetel) => "hoofdzetel",
        nameof(School.Net) => "net",
        nameof(School.Onderwijsniveau) => "onderwijsniveau",
        nameof(School.Straat) or nameof(School.Postcode) or nameof(School.GemeenteNis) or nameof(School.Plaats) => "adres",
        nameof(School.Latitude) or nameof(School.Longitude) => "ligging",
        nameof(School.Einddatum) => "einddatum",
        nameof(School.ClbNaam) or nameof(School.ClbId) => "CLB",
        nameof(School.Onderwijsaanbod) => "onderwijsaanbod",
        nameof(School.NietInOfficieleLijstSinds) => "terug in de lijst",
        nameof(School.Telefoon) => "telefoon",
        nameof(School.Email) => "e-mail",
        nameof(School.Website) => "website",
        _ => veld,
    };
}
