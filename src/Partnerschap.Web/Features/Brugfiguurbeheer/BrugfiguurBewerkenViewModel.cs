using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Brugfiguurbeheer;

/// <summary>
/// The edit page of a brugfiguur, and the page where a Beheerder creates one (<see cref="Brugfiguur"/> null): the
/// form, the schools to tick and, after a refused save, the conflict.
/// </summary>
public sealed class BrugfiguurBewerkenViewModel(Brugfiguur? brugfiguur, BrugfiguurFormulier formulier, IReadOnlyList<Term> scholen, bool magWerkgeverWijzigen)
{
    public Brugfiguur? Brugfiguur => brugfiguur;

    public BrugfiguurFormulier Formulier => formulier;

    /// <summary>Schools to tick: the current ones and those in the werkgever's gemeenten (code = id, label = name and place).</summary>
    public IReadOnlyList<Term> Scholen => scholen;

    /// <summary>Only a Beheerder changes (or, creating, chooses) the werkgever.</summary>
    public bool MagWerkgeverWijzigen => magWerkgeverWijzigen;

    public bool IsNieuw => brugfiguur is null;

    /// <summary>The stored werkgever as people read it, for members who may not change it.</summary>
    public string Werkgever { get; init; } = string.Empty;

    /// <summary>The public profile; empty for a new brugfiguur.</summary>
    public string Url => brugfiguur is null ? string.Empty : ProfielUrls.Brugfiguur(brugfiguur.Slug);

    public string Actie => brugfiguur is null ? "/beheer/brugfiguren/nieuw" : Url + "/bewerken";

    /// <summary>Set when the save was refused because someone else saved first: the fields that differ.</summary>
    public IReadOnlyList<VeldWijziging>? Conflict { get; set; }

    /// <summary>Who saved the version now stored, and when.</summary>
    public string? ConflictDoor { get; set; }
}
