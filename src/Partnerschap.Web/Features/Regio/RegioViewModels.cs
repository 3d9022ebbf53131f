using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Regio;

/// <summary>One class of the legend: its number (the CSS class <c>regio-klasse-N</c>), its range and how many gemeenten.</summary>
public sealed record LegendaKlasse(int Klasse, string Label, int Gemeenten);

/// <summary>One municipality on the map: the link, its outline, its class and what a screen reader says.</summary>
public sealed record KaartGebied(string Slug, string Pad, int Klasse, string Label, bool Gekozen = false);

/// <summary>
/// A map of municipalities as SVG: the whole region on /regio, one gemeente and its neighbours on its page. A
/// <see cref="Vergroting"/> repeats part of another map larger (the Brussels gemeenten on /regio): only for the eye, so
/// hidden from screen readers and out of the tab order; its links still work with a mouse or a finger.
/// </summary>
public sealed record RegioKaart(string Id, string Titel, string ViewBox, IReadOnlyList<KaartGebied> Gebieden, bool Vergroting = false);

/// <summary>/regio: the chosen aanleiding, its map and legend, and the table of every gemeente.</summary>
public sealed record RegioPagina(
    Term Aanleiding,
    int AanleidingIndex,
    RegioKaart Kaart,
    RegioKaart? Brussel,
    IReadOnlyList<LegendaKlasse> Legenda,
    IReadOnlyList<GemeenteCijfers> Gemeenten,
    IReadOnlyList<string> Waarschuwingen);

/// <summary>/regio/{gemeente}: its figures, what nobody offers there, and the gemeente on a small map.</summary>
public sealed record GemeentePagina(
    GemeenteCijfers Cijfers,
    IReadOnlyList<Term> AanleidingenZonderAanbod,
    IReadOnlyList<Term> VormenZonderSamenwerking,
    RegioKaart? Kaart);
