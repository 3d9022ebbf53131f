namespace Partnerschap.Web.Domain;

/// <summary>
/// One chapter of the samenwerkingsgids. Its text lives in <see cref="HoofdstukVersie"/>s: every save is a version;
/// <see cref="GepubliceerdeVersie"/> says which one readers see, so a new concept can be edited while the published
/// version stays online.
/// </summary>
public class Hoofdstuk
{
    public Guid Id { get; set; }

    public required string Slug { get; set; }

    /// <summary>The title of the newest version (the concept, or the published one when there is no newer concept).</summary>
    public required string Titel { get; set; }

    public string Samenvatting { get; set; } = string.Empty;

    public GidsGroep Groep { get; set; }

    public int Volgorde { get; set; }

    public HoofdstukStatus Status { get; set; } = HoofdstukStatus.Concept;

    /// <summary>When a researcher last checked the content (not the same as the last change).</summary>
    public DateOnly? LaatstNagekeken { get; set; }

    /// <summary>The number of the version readers see; null when never published.</summary>
    public int? GepubliceerdeVersie { get; set; }

    /// <summary>Scheduled publication: this version goes online at <see cref="PublicatieOp"/>.</summary>
    public int? GeplandeVersie { get; set; }

    public DateTimeOffset? PublicatieOp { get; set; }

    /// <summary>True once someone saved it in the portal: <c>import-gids</c> then leaves it alone.</summary>
    public bool GewijzigdInPortaal { get; set; }

    /// <summary>Concurrency token, as on <see cref="Organisatie.Versie"/>.</summary>
    public int Versie { get; set; }

    public List<HoofdstukVersie> Versies { get; set; } = [];
}

public enum GidsGroep
{
    Inleiding,
    Waarom,
    Voorwaarden,
    Rollen,
    Samenwerkingsvormen,
    Ondersteuning,
    Praktijk,
}

public enum HoofdstukStatus
{
    Concept,
    Gepubliceerd,
    Gearchiveerd,
}

/// <summary>One saved text of a chapter: body, title, summary, author, change note, time.</summary>
public class HoofdstukVersie
{
    public long Id { get; set; }

    public Guid HoofdstukId { get; set; }

    public int Nummer { get; set; }

    public required string Titel { get; set; }

    public string Samenvatting { get; set; } = string.Empty;

    public required string Tekst { get; set; }

    public required string Auteur { get; set; }

    public string? Notitie { get; set; }

    public DateTimeOffset Tijdstip { get; set; }
}

/// <summary>"Was dit nuttig?" under a chapter: yes or no, and an optional comment that only Onderzoekers read.</summary>
public class GidsFeedback
{
    public long Id { get; set; }

    public Guid HoofdstukId { get; set; }

    public bool Nuttig { get; set; }

    public string? Opmerking { get; set; }

    public DateTimeOffset Tijdstip { get; set; }
}
