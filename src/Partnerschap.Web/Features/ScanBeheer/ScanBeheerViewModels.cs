using Partnerschap.Web.Features.GidsBeheer;
using Partnerschap.Web.Features.Samenwerkingsscan;

namespace Partnerschap.Web.Features.ScanBeheer;

/// <summary>
/// The edit form of the scan. Only texts bind: the codes and the order come from the version the form was built from
/// (<see cref="Versie"/>), so a posted form can never rename a code. Each theme may get one new statement per save.
/// </summary>
public sealed class ScanFormulier
{
    /// <summary>The number of the <see cref="Domain.ScanVersie"/> the form was built from.</summary>
    public int Versie { get; set; }

    public string? Titel { get; set; }

    public string? Inleiding { get; set; }

    public List<ScanThemaFormulier> Themas { get; set; } = [];

    public string? Notitie { get; set; }

    public static ScanFormulier Van(ScanVersieInhoud versie) => new()
    {
        Versie = versie.Nummer,
        Titel = versie.Inhoud.Titel,
        Inleiding = versie.Inhoud.Inleiding,
        Themas = [.. versie.Inhoud.Themas.Select(t => new ScanThemaFormulier
        {
            Titel = t.Titel,
            Uitleg = t.Uitleg,
            Gids = t.Gids,
            Beginnend = t.Fasen.Beginnend,
            Groeiend = t.Fasen.Groeiend,
            Sterk = t.Fasen.Sterk,
            Stellingen = [.. t.Stellingen.Select(s => new ScanStellingFormulier { Tekst = s.Tekst, Uitleg = s.Uitleg, Vervallen = s.Vervallen })],
        })],
    };

    /// <summary>Whether this form has the shape of <paramref name="inhoud"/>: as many themes, and as many statements in each.</summary>
    public bool PastBij(ScanInhoud inhoud) =>
        Themas.Count == inhoud.Themas.Count && Themas.Zip(inhoud.Themas).All(p => p.First.Stellingen.Count == p.Second.Stellingen.Count);
}

public sealed class ScanThemaFormulier
{
    public string? Titel { get; set; }

    public string? Uitleg { get; set; }

    public string? Gids { get; set; }

    public string? Beginnend { get; set; }

    public string? Groeiend { get; set; }

    public string? Sterk { get; set; }

    public List<ScanStellingFormulier> Stellingen { get; set; } = [];

    public string? NieuweTekst { get; set; }

    public string? NieuweUitleg { get; set; }

    /// <summary>Optional: without it the code is made from the theme's code and the text.</summary>
    public string? NieuweCode { get; set; }
}

public sealed class ScanStellingFormulier
{
    public string? Tekst { get; set; }

    public string? Uitleg { get; set; }

    public bool Vervallen { get; set; }
}

/// <summary>One version in the list: who saved it, when and why.</summary>
public sealed record ScanVersieRegel(int Nummer, DateTimeOffset Tijdstip, string Auteur, string? Notitie);

/// <summary>The overview: the version the scan shows now and every version before it (newest first).</summary>
public sealed record ScanBeheerOverzicht(ScanVersieInhoud Huidige, IReadOnlyList<ScanVersieRegel> Versies);

/// <summary>The edit page: the form on the structure of <see cref="Basis"/>, and the conflict when someone saved meanwhile.</summary>
public sealed record ScanBewerkenPagina(ScanFormulier Formulier, ScanInhoud Basis, string? Conflict = null);

/// <summary>One version, with what changed since the one before it (null for the first).</summary>
public sealed record ScanVersiePagina(ScanVersieRegel Versie, ScanInhoud Inhoud, ScanInhoud? Vorige, bool IsHuidige)
{
    /// <summary>The text as HTML: plain when nothing changed, else the word diff (gone struck through, new underlined).</summary>
    public string Tekst(string? oud, string nieuw) =>
        oud is null || oud == nieuw ? System.Net.WebUtility.HtmlEncode(nieuw) : WoordDiff.Html(WoordDiff.Vergelijk(oud, nieuw));

    public ScanStelling? VorigeStelling(string code) => Vorige?.Themas.SelectMany(t => t.Stellingen).FirstOrDefault(s => s.Code == code);
}
