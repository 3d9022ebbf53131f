using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Organisaties;

/// <summary>
/// The printable fiche of one organisation (/organisaties/{slug}/fiche): what a parent needs on paper, bounded so that
/// it always fits one A4 page — the longest description, access text and opening hours the forms allow are cut at a
/// word with "…", at most <see cref="MaxLocaties"/> addresses and <see cref="MaxAanbod"/> services are listed, and the
/// page says where the rest is.
/// </summary>
public sealed class OrganisatieFiche(OrganisatieProfiel profiel, string adres, DateOnly afgedrukt)
{
    public const int MaxLocaties = 2;

    public const int MaxAanbod = 5;

    public OrganisatieProfiel Profiel => profiel;

    public Organisatie Organisatie => profiel.Organisatie;

    /// <summary>The profile's absolute address on the portal's public URL, printed so the reader finds current data.</summary>
    public string Adres => adres;

    public DateOnly Afgedrukt => afgedrukt;

    public string Beschrijving => Kort(Organisatie.Beschrijving, 450);

    public string? ToegangOuders => Organisatie.ToegangOuders is { Length: > 0 } t ? Kort(t, 300) : null;

    public string? Kosten => Organisatie.Kosten is { Length: > 0 } k ? Kort(k, 120) : null;

    public IReadOnlyList<Locatie> Locaties => [.. Organisatie.Locaties.Take(MaxLocaties)];

    public int MeerLocaties => Math.Max(0, Organisatie.Locaties.Count - MaxLocaties);

    public string? Openingsuren(Locatie locatie) =>
        (locatie.Openingsuren is { Length: > 0 } o ? o : Organisatie.Openingsuren) is { Length: > 0 } uren ? Kort(uren, 120) : null;

    public IReadOnlyList<string> Aanbod => [.. ActiefAanbod.Take(MaxAanbod).Select(a => Kort(a.Naam, 70))];

    public int MeerAanbod => Math.Max(0, ActiefAanbod.Count() - MaxAanbod);

    private IEnumerable<Aanbod> ActiefAanbod => Organisatie.Aanbod.Where(a => a.Actief).OrderBy(a => a.Naam, Infrastructure.Nl.Namen);

    /// <summary><paramref name="tekst"/> cut to at most <paramref name="max"/> characters at a word, with "…".</summary>
    public static string Kort(string tekst, int max)
    {
        tekst = tekst.Trim();
        if (tekst.Length <= max)
        {
            return tekst;
        }

        var knip = tekst.LastIndexOf(' ', max - 1);
        return string.Concat(tekst.AsSpan(0, knip > max / 2 ? knip : max - 1).TrimEnd(" ,;:.".AsSpan()), "…");
    }
}
