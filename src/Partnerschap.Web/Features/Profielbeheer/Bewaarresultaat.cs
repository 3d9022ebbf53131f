using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Profielbeheer;

/// <summary>What a save through <see cref="ProfielHistoriek.BewaarAsync"/> came to: one of three answers.</summary>
public abstract record Bewaarresultaat
{
    private Bewaarresultaat()
    {
    }

    /// <summary>Nothing differs from what is stored: no version was added and nothing was saved.</summary>
    public sealed record NietsGewijzigd : Bewaarresultaat;

    /// <summary>Saved as <paramref name="Versie"/>, in the same transaction as the change.</summary>
    public sealed record Bewaard(ProfielVersie Versie) : Bewaarresultaat;

    /// <summary>
    /// Someone else saved the profile first (the form was built from an older version, or their save came between our
    /// read and our write). Nothing was saved; after a refused write the DbContext tracks nothing any more, so what the
    /// caller reads next is what is stored.
    /// </summary>
    public sealed record Conflict : Bewaarresultaat;
}
