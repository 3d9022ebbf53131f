using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Schoolbeheer;

/// <summary>
/// The edit page of a school: the stored school, the form and, after a refused save, the conflict. Also the page where a
/// Beheerder creates a school (<see cref="IsNieuw"/>, with an empty school).
/// </summary>
public sealed class SchoolBewerkenViewModel(School school, SchoolFormulier formulier, DateOnly vandaag)
{
    public School School => school;

    public SchoolFormulier Formulier => formulier;

    public DateOnly Vandaag => vandaag;

    /// <summary>A Beheerder creates the school: no check date, samenwerkingen or history yet.</summary>
    public bool IsNieuw { get; init; }

    public string Actie => IsNieuw ? "/beheer/scholen/nieuw" : ProfielUrls.School(school.Slug) + "/bewerken";

    /// <summary>Last checked more than <see cref="Versheid.VerouderdNaMaanden"/> months ago, or never.</summary>
    public bool IsVerouderd => Versheid.IsVerouderd(school.LaatstGecontroleerd, vandaag);

    /// <summary>Set when the save was refused because someone else saved first: the fields that differ.</summary>
    public IReadOnlyList<VeldWijziging>? Conflict { get; set; }

    /// <summary>Who saved the version now stored, and when.</summary>
    public string? ConflictDoor { get; set; }

    /// <summary>The school's samenwerkingen, those that wait for the school's confirmation first.</summary>
    public IReadOnlyList<SchoolSamenwerking> Samenwerkingen { get; init; } = [];
}

public sealed record SchoolSamenwerking(Guid Id, string OrganisatieNaam, string OrganisatieUrl, IReadOnlyList<string> Vormen, string Beschrijving, bool WachtOpBevestiging);
