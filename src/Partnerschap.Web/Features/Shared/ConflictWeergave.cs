using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features;

/// <summary>The model of <c>Shared/_Conflict.cshtml</c>: the title, the differing fields and who saved last.</summary>
public sealed record ConflictWeergave(string Titel, IReadOnlyList<VeldWijziging> Regels, string? Door = null);
