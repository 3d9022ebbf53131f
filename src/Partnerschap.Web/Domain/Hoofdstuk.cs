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

    /// <summary>Readers see version <paramref name="nummer"/> from now on; a scheduled publication is dropped.</summary>
    public void Publiceer(int nummer)
    {
        GepubliceerdeVersie = nummer;
        Status = HoofdstukStatus.Gepubliceerd;
        AnnuleerPlanning();
    }

    /// <summary>
    /// Version <paramref name="nummer"/> goes online at <paramref name="op"/>. The moment is kept in UTC whatever offset
    /// it was read with: SQLite stores it as a number that only sorts in time order when every offset is the same.
    /// </summary>
    public void Plan(int nummer, DateTimeOffset op)
    {
        GeplandeVersie = nummer;
        PublicatieOp = op.ToUniversalTime();
    }

    /// <summary>Drops the scheduled publication; false when none was scheduled.</summary>
    public bool AnnuleerPlanning()
    {
        var wasGepland = GeplandeVersie is not null;
        GeplandeVersie = null;
        PublicatieOp = null;
        return wasGepland;
    }

    /// <summary>
    /// Carries out the scheduled publication whose time has come: the scheduled version goes online unless it no longer
    /// exists or the chapter was archived meanwhile. The schedule is cleared either way. Returns whether it went online.
    /// </summary>
    public bool VoerPlanningUit(bool versieBestaat)
    {
        if (GeplandeVersie is { } versie && versieBestaat && Status != HoofdstukStatus.Gearchiveerd)
        {
            Publiceer(versie);
            return true;
        }

        AnnuleerPlanning();
        return false;
    }

    /// <summary>Readers no longer see the chapter; a scheduled publication is dropped.</summary>
    public void Archiveer()
    {
        Status = HoofdstukStatus.Gearchiveerd;
        AnnuleerPlanning();
    }

    /// <summary>Back from the archive: published again when it ever was, else a concept. False when it was not archived.</summary>
    public bool HaalUitArchief()
    {
        if (Status != HoofdstukStatus.Gearchiveerd)
        {
            return false;
        }

        Status = GepubliceerdeVersie is null ? HoofdstukStatus.Concept : HoofdstukStatus.Gepubliceerd;
        return true;
    }
}
