namespace Partnerschap.Web.Features.HulpvragenBeheer;

/// <summary>/beheer/zoekopdrachten: the searches without result of one ISO week, most frequent first.</summary>
public sealed record ZoekopdrachtenWeek(
    string Week,
    DateOnly Van,
    DateOnly Tot,
    string VorigeWeek,
    string VolgendeWeek,
    IReadOnlyList<ZoekopdrachtRegel> Regels,
    IReadOnlyList<(string Code, string Label)> Hulpvragen,
    string? Fout);
