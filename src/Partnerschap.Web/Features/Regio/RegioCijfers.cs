using System.Numerics;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;

namespace Partnerschap.Web.Features.Regio;

/// <summary>
/// The figures of every municipality of 2025 for one <see cref="KaartIndex"/>: made once per index (so once per map
/// stamp) by <see cref="RegioCijfersProvider"/> and shared by every request until the map changes.
/// </summary>
public sealed class RegioCijfers
{
    private readonly Dictionary<string, GemeenteCijfers> _perSlug;

    private RegioCijfers(KaartIndex index, IReadOnlyList<GemeenteCijfers> gemeenten)
    {
        Index = index;
        Gemeenten = gemeenten;
        _perSlug = gemeenten.ToDictionary(g => g.Gemeente.Slug, StringComparer.Ordinal);
    }

    /// <summary>The index these figures were counted on.</summary>
    public KaartIndex Index { get; }

    /// <summary>Every municipality of 2025, in name order.</summary>
    public IReadOnlyList<GemeenteCijfers> Gemeenten { get; }

    public GemeenteCijfers? Van(string slug) => _perSlug.GetValueOrDefault(slug);

    /// <summary>
    /// Counts from the index what the search would find: an organisation serves a gemeente when
    /// <see cref="KaartVerzamelingen.Bedient"/> says so (werkingsgebied: the gemeente, its province, its region) and
    /// it is shown on the kaart (<see cref="KaartVerzamelingen.Zichtbaar"/>); a school counts where it lies when the
    /// search shows it (open, in the official list).
    /// </summary>
    /// <param name="samenwerkingen">The public samenwerkingen (actief, confirmed): the school and the vormen of each.</param>
    public static RegioCijfers Tel(KaartIndex index, IEnumerable<(Guid School, IReadOnlyList<string> Vormen)> samenwerkingen)
    {
        var sets = index.Verzamelingen;
        var gemeenten = Gemeente2025.Alle(index.Gemeenten);
        var perNis = gemeenten.SelectMany((g, i) => g.Delen.Select(d => (d.NisCode, i))).ToDictionary(x => x.NisCode, x => x.i, StringComparer.Ordinal);

        var scholen = new int[gemeenten.Count];
        var schoolGemeente = new Dictionary<Guid, int>();
        foreach (var doc in sets.PerSoort[(int)Soort.Scholen].Documenten())
        {
            var item = index.Items[doc];
            if (sets.Zichtbaar.Bevat(doc) && item.Gemeenten.FirstOrDefault() is { } nis && perNis.TryGetValue(nis, out var g))
            {
                scholen[g]++;
                schoolGemeente[item.Id] = g;
            }
        }

        var vormen = Vocabulaire.Samenwerkingsvormen;
        var perVorm = gemeenten.Select(_ => new int[vormen.Count]).ToArray();
        foreach (var (school, codes) in samenwerkingen)
        {
            if (schoolGemeente.TryGetValue(school, out var g))
            {
                for (var v = 0; v < vormen.Count; v++)
                {
                    perVorm[g][v] += codes.Contains(vormen[v].Code) ? 1 : 0;
                }
            }
        }

        // One bitmap per aanleiding: the organisations with it (its bit in the index's filter sets).
        var aanleidingen = Vocabulaire.Aanleidingen;
        var filter = KaartFilters.Aanleiding;
        var perAanleiding = aanleidingen
            .Select(a => index.Masker(filter, [a.Code]) is var masker and not 0 ? sets.PerWaarde[filter.Positie][BitOperations.TrailingZeroCount(masker)] : null)
            .ToArray();

        using var organisaties = Bitmap.Huur(sets.Documenten);
        organisaties.Kopieer(sets.Zichtbaar);
        organisaties.En(sets.PerSoort[(int)Soort.Organisaties]);
        using var bedient = Bitmap.Huur(sets.Documenten);
        var cijfers = new List<GemeenteCijfers>(gemeenten.Count);
        for (var g = 0; g < gemeenten.Count; g++)
        {
            bedient.Kopieer(organisaties);
            using (var inGemeente = Bitmap.Huur(sets.Documenten))
            {
                sets.Bedient(gemeenten[g].Plaats, inGemeente);
                bedient.En(inGemeente);
            }

            var aantallen = perAanleiding.Select(set => set is null ? 0 : bedient.AantalMet(set)).ToArray();
            cijfers.Add(new GemeenteCijfers(gemeenten[g], scholen[g], bedient.Aantal(), aantallen, perVorm[g]));
        }

        return new RegioCijfers(index, cijfers);
    }
}
