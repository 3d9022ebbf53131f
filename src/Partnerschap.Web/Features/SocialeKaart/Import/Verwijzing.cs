namespace Partnerschap.Web.Features.SocialeKaart.Import;

/// <summary>An id that must exist in the import or the database, with where it stands in the file.</summary>
public sealed record Verwijzing(Guid Id, string Path, string Wat, int Regel);
