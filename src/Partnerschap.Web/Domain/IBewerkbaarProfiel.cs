namespace Partnerschap.Web.Domain;

/// <summary>
/// What the profile editing machinery (versions, history, restore) needs of a profile: who, where, and when it last
/// changed. An organisatie, a school and a brugfiguur; the import needs a little more (<see cref="IImportProfiel"/>).
/// </summary>
public interface IBewerkbaarProfiel
{
    Guid Id { get; }

    string Slug { get; set; }

    DateTimeOffset LaatstGewijzigd { get; set; }
}
