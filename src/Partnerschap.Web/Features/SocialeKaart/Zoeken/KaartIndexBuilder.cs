using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure.Plaatsen;

namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

/// <summary>
/// Reads every organisation, school and brugfiguur once and flattens them into a <see cref="KaartIndex"/>, with the
/// hulpvragen vocabulary of the same moment. Organisations are streamed (<see cref="KaartLezer"/>): each becomes an
/// item and the postings of its words, then is let go.
/// </summary>
public sealed class KaartIndexBuilder
{
    private static readonly StringComparer Nl = Infrastructure.Nl.NamenZonderAccenten;

    private readonly GemeenteLookup _gemeenten;
    private readonly int _eersteDoc;
    private readonly List<KaartItem> _items = [];

    /// <summary>Word → documents (<see cref="Postings"/>); documents are numbered in the order they are added.</summary>
    private readonly Dictionary<string, List<uint>> _postings = new(StringComparer.Ordinal);

    /// <summary>Per organisation: its document and fingerprint (<see cref="KaartIndexStand"/>).</summary>
    private readonly Dictionary<Guid, (int Doc, long Afdruk)> _organisaties;

    /// <summary>Cost texts repeat ("Gratis", "Kleine bijdrage"): each distinct text is folded and read once per build.</summary>
    private readonly Dictionary<string, (bool Bijdrage, bool Gratis)> _kostensoorten = new(StringComparer.Ordinal);

    private KaartIndexBuilder(GemeenteLookup gemeenten, int eersteDoc, Dictionary<Guid, (int Doc, long Afdruk)> organisaties)
    {
        _gemeenten = gemeenten;
        _eersteDoc = eersteDoc;
        _organisaties = organisaties;
    }

    /// <summary>Adds an item and the words of its texts, with their field weights; returns its document.</summary>
    private int Voeg(KaartItem item, IEnumerable<(string Tekst, byte Gewicht)> teksten)
    {
        var doc = _eersteDoc + _items.Count;
        _items.Add(item);
        foreach (var (tekst, gewicht) in teksten)
        {
            var tokens = Tokens.Split(tekst);
            foreach (var token in tokens)
            {
                KaartIndex.Voeg(_postings, token, doc, gewicht);
            }

            // Synonym groups present in the text become terms of their own, so a search by any member finds it.
            Synoniemen.Vervang(tokens, out var groepen);
            foreach (var groep in groepen)
            {
                KaartIndex.Voeg(_postings, groep, doc, gewicht);
            }
        }

        return doc;
    }

    /// <summary>Reads the whole map and builds the index.</summary>
    /// <param name="vandaag">The Belgian day: a school closed before it is not searchable (nor one no longer in the official list).</param>
    public static async Task<KaartIndex> BouwAsync(PortalDbContext db, PlaatsLookup plaatsLookup, string stempel, DateOnly vandaag, CancellationToken cancellationToken)
    {
        // Before the map is read: a change made meanwhile gives a different fingerprint at the next check, never a missed one.
        var overige = await OverigeAsync(db, vandaag, cancellationToken);
        var builder = new KaartIndexBuilder(plaatsLookup.Gemeenten, 0, []);
        var gemeenten = plaatsLookup.Gemeenten;

        // Reading and parsing on one thread, words and postings on another: on two cores the build takes about half the time.
        var kanaal = Channel.CreateBounded<Organisatie>(new BoundedChannelOptions(512) { SingleReader = true, SingleWriter = true });
        var verwerken = Task.Run(async () =>
        {
            try
            {
                await foreach (var o in kanaal.Reader.ReadAllAsync(cancellationToken))
                {
                    builder.Organisatie(o);
                }
            }
            finally
            {
                // A failure here also stops the reader: its next write finds the channel closed.
                kanaal.Writer.TryComplete();
            }
        }, cancellationToken);
        try
        {
            await foreach (var o in new KaartLezer(db).OrganisatiesAsync(cancellationToken))
            {
                await kanaal.Writer.WriteAsync(o, cancellationToken);
            }
        }
        catch (ChannelClosedException)
        {
            // The processing failed: its exception is the one to report, below.
        }
        finally
        {
            kanaal.Writer.TryComplete();
        }

        await verwerken;
        var scholen = await Zoekbaar(db.Scholen.AsNoTracking(), vandaag).ToListAsync(cancellationToken);
        var brugfiguren = await db.Brugfiguren.AsNoTracking().Include(b => b.Scholen).AsSplitQuery().ToListAsync(cancellationToken);
        var samenwerkingen = await db.Samenwerkingen.AsNoTracking().Where(s => s.Status == SamenwerkingStatus.Actief && !s.WachtOpBevestiging).ToListAsync(cancellationToken);
        var hulpvragen = new Hulpvragen(await db.Hulpvragen.AsNoTracking().OrderBy(h => h.Code).ToListAsync(cancellationToken));

        var samenwerkingenPerSchool = samenwerkingen.ToLookup(s => s.SchoolId);
        foreach (var s in scholen)
        {
            var gemeente = gemeenten.OpNis(s.GemeenteNis);
            var label = s.Onderwijsniveau switch
            {
                Onderwijsniveau.Basis => "Basisschool",
                Onderwijsniveau.Secundair => "Secundaire school",
                _ => "School voor buitengewoon onderwijs",
            };
            builder.Voeg(new KaartItem
            {
                Soort = Soort.Scholen,
                Id = s.Id,
                Slug = s.Slug,
                Naam = s.Naam,
                TypeCode = s.Onderwijsniveau.ToString().ToLowerInvariant(),
                TypeLabel = label,
                Plaats = gemeente?.Weergavenaam,
                Adres = gemeenten.Adresregel(s.Straat, s.Postcode, s.GemeenteNis, null),
                Telefoon = Leeg(s.Telefoon),
                Punten = [(s.Latitude, s.Longitude)],
                Gemeenten = [s.GemeenteNis],
                Aanleidingen = [.. samenwerkingenPerSchool[s.Id].SelectMany(x => x.Aanleidingen).Distinct()],
                Vormen = [.. samenwerkingenPerSchool[s.Id].SelectMany(x => x.Samenwerkingsvormen).Distinct()],
                SorteerNaam = Slugs.Fold(s.Naam),
            },
            [
                (s.Naam, KaartIndex.GewichtNaam),
                ($"{label} school {s.Net.Replace('-', ' ')}", KaartIndex.GewichtType),
                ($"{gemeente?.Weergavenaam} {gemeente?.Naam}", KaartIndex.GewichtTekst),
            ]);
        }

        foreach (var b in brugfiguren)
        {
            var bScholen = b.Scholen;
            var nis = bScholen.Select(s => s.GemeenteNis).Append(b.WerkgeverGemeenteNis).OfType<string>().Distinct().ToArray();
            var plaatsen = nis.Select(n => gemeenten.OpNis(n)?.Weergavenaam).OfType<string>().Distinct().ToList();
            builder.Voeg(new KaartItem
            {
                Soort = Soort.Brugfiguren,
                Id = b.Id,
                Slug = b.Slug,
                Naam = b.Weergavenaam,
                TypeCode = "brugfiguur",
                TypeLabel = b.Functie,
                Plaats = string.Join(", ", plaatsen.Take(3)),
                Punten = [.. bScholen.Select(s => (s.Latitude, s.Longitude)).Distinct()],
                Gemeenten = nis,
                Talen = b.Talen,
                SorteerNaam = Slugs.Fold(b.Weergavenaam),
            },
            [
                (b.Weergavenaam, KaartIndex.GewichtNaam),
                ($"{b.Functie} brugfiguur", KaartIndex.GewichtType),
                (string.Join(' ', bScholen.Select(s => s.Naam)), KaartIndex.GewichtAanbod),
                (string.Join(' ', plaatsen), KaartIndex.GewichtTekst),
            ]);
        }

        return new KaartIndex(null, [], builder._items, builder._postings, new KaartIndexStand(builder._organisaties, overige), plaatsLookup, hulpvragen, stempel);
    }

    /// <summary>
    /// The index of <paramref name="vorige"/> with only the organisations that changed since read again (added,
    /// edited, gone), when nothing else changed; null when a full build is needed: schools, brugfiguren,
    /// samenwerkingen, hulpvragen or places changed, or so many organisations that a build is as cheap.
    /// Finding what changed reads three narrow columns of every organisation and aanbod, not the texts.
    /// </summary>
    public static async Task<KaartIndex?> BijwerkenAsync(PortalDbContext db, KaartIndex vorige, PlaatsLookup plaatsLookup, string stempel, DateOnly vandaag, CancellationToken cancellationToken)
    {
        if (!ReferenceEquals(plaatsLookup, vorige.Plaatsen) || await OverigeAsync(db, vandaag, cancellationToken) != vorige.Stand.Overige)
        {
            return null;
        }

        var aanbod = (await db.Aanbod.AsNoTracking().Select(a => new { a.OrganisatieId, a.Id, a.Versie }).ToListAsync(cancellationToken))
            .ToLookup(a => a.OrganisatieId, a => (a.Id, a.Versie));
        var nu = await db.Organisaties.AsNoTracking().Select(o => new { o.Id, o.Versie, o.LaatstGecontroleerd }).ToListAsync(cancellationToken);
        var bekend = vorige.Stand.Organisaties;
        var gewijzigd = new List<Guid>();
        var vervangen = new List<int>();
        foreach (var o in nu)
        {
            var afdruk = KaartIndexStand.Vingerafdruk(o.Versie, o.LaatstGecontroleerd, aanbod[o.Id]);
            if (!bekend.TryGetValue(o.Id, out var oud) || oud.Afdruk != afdruk)
            {
                gewijzigd.Add(o.Id);
            }
        }

        var organisaties = new Dictionary<Guid, (int Doc, long Afdruk)>(bekend);
        foreach (var weg in bekend.Keys.Except(nu.Select(o => o.Id)).Concat(gewijzigd).ToList())
        {
            if (organisaties.Remove(weg, out var oud))
            {
                vervangen.Add(oud.Doc);
            }
        }

        if (gewijzigd.Count > Math.Max(MaxGewijzigd, vorige.Items.Length / 20) || vorige.AantalVervangen + vervangen.Count > vorige.Items.Length / 4)
        {
            return null;
        }

        var builder = new KaartIndexBuilder(plaatsLookup.Gemeenten, vorige.Items.Length, organisaties);
        foreach (var deel in gewijzigd.Chunk(500))
        {
            foreach (var o in await db.Organisaties.AsNoTracking().Include(o => o.Aanbod).AsSplitQuery().Where(o => deel.Contains(o.Id)).ToListAsync(cancellationToken))
            {
                builder.Organisatie(o);
            }
        }

        return new KaartIndex(vorige, vervangen, builder._items, builder._postings, new KaartIndexStand(organisaties, vorige.Stand.Overige), plaatsLookup, vorige.Hulpvragen, stempel);
    }

    /// <summary>Schools shown in search: not closed (einddatum before today) and not marked as gone from the official list.</summary>
    private static IQueryable<School> Zoekbaar(IQueryable<School> scholen, DateOnly vandaag) =>
        scholen.Where(s => s.NietInOfficieleLijstSinds == null && (s.Einddatum == null || s.Einddatum >= vandaag));

    /// <summary>Above this many changed organisations (or 5 % of the index) a full build is done instead.</summary>
    public const int MaxGewijzigd = 1000;

    /// <summary>
    /// One fingerprint of all the index reads besides the organisations: schools (their versions), samenwerkingen
    /// (which give schools their aanleidingen and vormen), brugfiguren (their versions, now that members edit them) with their schools, and the hulpvragen. Small
    /// tables, read as narrow columns and hashed here so the same code runs on every provider.
    /// </summary>
    private static async Task<string> OverigeAsync(PortalDbContext db, DateOnly vandaag, CancellationToken cancellationToken)
    {
        // With whether each school is searchable: a school whose einddatum passed since the last build changes the fingerprint.
        var scholen = await db.Scholen.AsNoTracking()
            .Select(s => new { s.Id, s.Versie, Zoekbaar = s.NietInOfficieleLijstSinds == null && (s.Einddatum == null || s.Einddatum >= vandaag) })
            .ToListAsync(cancellationToken);
        var samenwerkingen = await db.Samenwerkingen.AsNoTracking().Select(s => new { s.Id, s.Versie }).ToListAsync(cancellationToken);
        var brugfiguren = await db.Brugfiguren.AsNoTracking().Select(b => new { b.Id, b.Versie, b.LaatstGewijzigd, Scholen = b.Scholen.Count }).ToListAsync(cancellationToken);
        var hulpvragen = await db.Hulpvragen.AsNoTracking().Select(h => new { h.Id, h.Versie }).ToListAsync(cancellationToken);
        static string Afdruk<T>(List<T> rijen) => $"{rijen.Count}:{rijen.Aggregate(0L, (som, rij) => som + rij!.GetHashCode())}";
        return $"{Afdruk(scholen)}|{Afdruk(samenwerkingen)}|{Afdruk(brugfiguren)}|{Afdruk(hulpvragen)}";
    }

    private void Organisatie(Organisatie o)
    {
        var gemeenten = _gemeenten;
        var type = Vocabulaire.Vind(Vocabulaire.Organisatietypes, o.Type);
        var locaties = o.Locaties.Concat(o.Aanbod.SelectMany(a => a.Locaties)).ToList();
        var gebied = o.Werkingsgebied.Concat(o.Aanbod.SelectMany(a => a.Werkingsgebied)).ToList();
        var nis = gebied.Where(g => g.Soort == GebiedSoort.Gemeente).Select(g => g.Code)
            .Concat(locaties.Where(l => l.GemeenteNis is not null).Select(l => l.GemeenteNis!)).Distinct().ToArray();
        var plaatsen = locaties.Select(l => gemeenten.OpNis(l.GemeenteNis)?.Weergavenaam ?? l.Plaats).Where(p => p is not null).Distinct().ToList();
        var adres = locaties.FirstOrDefault() is { } eerste ? gemeenten.Adresregel(eerste.Straat, eerste.Postcode, eerste.GemeenteNis, eerste.Plaats) : null;
        var aanspreekpunt = o.Aanspreekpunt;
        var item = new KaartItem
        {
            Soort = Soort.Organisaties,
            Id = o.Id,
            Slug = o.Slug,
            Naam = o.Naam,
            TypeCode = o.Type,
            TypeLabel = type?.Label ?? o.Type,
            Plaats = plaatsen.Count > 0 ? string.Join(", ", plaatsen.Take(3)) : Gebiedsnaam(gebied, gemeenten),
            Adres = adres,
            Telefoon = Leeg(o.Telefoon),
            AanspreekpuntNaam = Leeg(string.Join(", ", new[] { aanspreekpunt?.Naam, aanspreekpunt?.Functie }.Where(d => !string.IsNullOrWhiteSpace(d)))),
            AanspreekpuntTelefoon = Leeg(aanspreekpunt?.Telefoon),
            AanspreekpuntEmail = Leeg(aanspreekpunt?.Email),
            Punten = [.. locaties.Select(l => (l.Latitude, l.Longitude)).Distinct()],
            Gemeenten = nis,
            Provincies = gebied.Where(g => g.Soort == GebiedSoort.Provincie).Select(g => g.Code).Distinct().ToArray(),
            Gewesten = gebied.Where(g => g.Soort == GebiedSoort.Gewest).Select(g => g.Code).Distinct().ToArray(),
            Aanleidingen = [.. o.Aanleidingen.Union(o.Aanbod.SelectMany(a => a.Aanleidingen))],
            Vormen = [.. o.Samenwerkingsvormen.Select(v => v.Code).Union(o.Aanbod.SelectMany(a => a.Samenwerkingsvormen))],
            Doelgroepen = [.. o.Doelgroepen.Union(o.Aanbod.SelectMany(a => a.Doelgroepen))],
            Talen = [.. o.Talen.Union(o.Aanbod.SelectMany(a => a.Talen))],
            Kosten = Kosten(o, _kostensoorten),
            Status = o.Status,
            LaatstGecontroleerd = o.LaatstGecontroleerd,
            SorteerNaam = Slugs.Fold(o.Naam),
        };
        var tekst = new List<(string, byte)>(5 + (2 * o.Aanbod.Count))
        {
            (o.Naam, KaartIndex.GewichtNaam),
            ($"{type?.Label} {o.Type.Replace('-', ' ')}", KaartIndex.GewichtType),
            (o.Beschrijving, KaartIndex.GewichtTekst),
            (string.Join(' ', o.Samenwerkingsvormen.Select(v => v.Toelichting)), KaartIndex.GewichtTekst),
            (string.Join(' ', plaatsen.Concat(nis.Select(n => gemeenten.OpNis(n)?.Naam))), KaartIndex.GewichtTekst),
        };
        foreach (var aanbod in o.Aanbod)
        {
            tekst.Add((aanbod.Naam, KaartIndex.GewichtAanbod));
            tekst.Add((aanbod.Beschrijving, KaartIndex.GewichtTekst));
        }

        var doc = Voeg(item, tekst);
        _organisaties[o.Id] = (doc, KaartIndexStand.Vingerafdruk(o.Versie, o.LaatstGecontroleerd, o.Aanbod.Select(a => (a.Id, a.Versie))));
    }

    /// <summary>Null for an empty text, so that the index holds no empty strings and a view tests one thing.</summary>
    private static string? Leeg(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst;

    /// <summary>"gratis" when the texts say free and nothing costs money; "bijdrage" when something costs money.</summary>
    /// <summary>"bijdrage" when a cost text of the organisation or its aanbod asks for money, else "gratis" when one says so.</summary>
    private static string? Kosten(Organisatie o, Dictionary<string, (bool Bijdrage, bool Gratis)> soorten)
    {
        var (bijdrage, gratis) = Kostensoort(o.Kosten, soorten);
        foreach (var aanbod in o.Aanbod)
        {
            var (b, g) = Kostensoort(aanbod.Kosten, soorten);
            bijdrage |= b;
            gratis |= g;
        }

        return bijdrage ? "bijdrage" : gratis ? "gratis" : null;
    }

    private static (bool Bijdrage, bool Gratis) Kostensoort(string? tekst, Dictionary<string, (bool Bijdrage, bool Gratis)> soorten)
    {
        if (string.IsNullOrWhiteSpace(tekst))
        {
            return (false, false);
        }

        if (!soorten.TryGetValue(tekst, out var soort))
        {
            var t = Slugs.Fold(tekst);
            soort = (t.Contains('€') || t.Contains("bijdrage", StringComparison.Ordinal) || t.Contains("betalend", StringComparison.Ordinal) || t.Contains("eur ", StringComparison.Ordinal),
                t.Contains("gratis", StringComparison.Ordinal) || t.Contains("kosteloos", StringComparison.Ordinal));
            soorten[tekst] = soort;
        }

        return soort;
    }

    private static string? Gebiedsnaam(List<Gebied> gebied, GemeenteLookup gemeenten)
    {
        if (gebied.Any(g => g.Soort == GebiedSoort.Gewest))
        {
            return string.Join(" en ", gebied.Where(g => g.Soort == GebiedSoort.Gewest).Select(g => g.Code == "Brussel" ? "heel Brussel" : "heel Vlaanderen").Distinct());
        }

        if (gebied.Any(g => g.Soort == GebiedSoort.Provincie))
        {
            return "provincie " + string.Join(", ", gebied.Where(g => g.Soort == GebiedSoort.Provincie).Select(g => g.Code).Distinct());
        }

        var namen = gebied.Select(g => gemeenten.OpNis(g.Code)?.Weergavenaam).OfType<string>().Distinct().Order(Nl).ToList();
        return namen.Count == 0 ? null : string.Join(", ", namen.Take(3)) + (namen.Count > 3 ? " en meer" : string.Empty);
    }
}
