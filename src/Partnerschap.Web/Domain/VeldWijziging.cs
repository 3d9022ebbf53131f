namespace Partnerschap.Web.Domain;

/// <summary>One changed field in a <see cref="ProfielVersie"/>.</summary>
public sealed record VeldWijziging(string Veld, string? Oud, string? Nieuw);
