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

    private readonly List<KaartItem> _items = [];

    /// <summary>Word → documents (<see cref="Postings"/>); documents are numbered in the order they are added.</summary>
    private readonly Dictionary<string, List<uint>> _postings = new(StringComparer.Ordinal);

    /// <summary>Adds an item and the words of its texts, with their field weights.</summary>
    private void Voeg(KaartItem item, IEnumerable<(string Tekst, byte Gewicht)> teksten)
    {
        var doc = _items.Count;
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
    }

    public static async Task<KaartIndex> BouwAsync(PortalDbContext db, PlaatsLookup plaatsLookup, string stempel, CancellationToken cancellationToken)
    {
        var builder = new KaartIndexBuilder();
        var gemeenten = plaatsLookup.Gemeenten;
        // Cost texts repeat ("Gratis", "Kleine bijdrage"): each distinct text is folded and read once per build.
        var kostensoorten = new Dictionary<string, (bool Bijdrage, bool Gratis)>(StringComparer.Ordinal);
        // Reading and parsing on one thread, words and postings on another: on two cores the build takes about half the time.
        var kanaal = Channel.CreateBounded<Organisatie>(new BoundedChannelOptions(512) { SingleReader = true, SingleWriter = true });
        var verwerken = Task.Run(async () =>
        {
            try
            {
                await foreach (var o in kanaal.Reader.ReadAllAsync(cancellationToken))
                {
                    builder.Organisatie(o, gemeenten, kostensoorten);
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

            kanaal.Writer.TryComplete();
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
        var scholen = await db.Scholen.AsNoTracking().ToListAsync(cancellationToken);
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

        return new KaartIndex(builder._items, builder._postings, plaatsLookup, hulpvragen, stempel);
    }

    private void Organisatie(Organisatie o, GemeenteLookup gemeenten, Dictionary<string, (bool Bijdrage, bool Gratis)> kostensoorten)
    {
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
            Kosten = Kosten(o, kostensoorten),
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

        Voeg(item, tekst);
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
