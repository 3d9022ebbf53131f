namespace Partnerschap.Web.Features.Actualiteit;

/// <summary>One row of a table: how many organisations, and how many were not checked in 6 and in 12 months.</summary>
public sealed record ActualiteitRij(string Naam, int Totaal, int Ouder6Maanden, int Ouder12Maanden);

public sealed record OrganisatieZonderLid(string Naam, string Slug, DateOnly? LaatstGecontroleerd);

public sealed record ActualiteitOverzicht(
    DateOnly Vandaag,
    ActualiteitRij Totaal,
    IReadOnlyList<ActualiteitRij> PerRegio,
    IReadOnlyList<ActualiteitRij> PerType,
    int OpenMeldingen,
    IReadOnlyList<OrganisatieZonderLid> ZonderLid,
    int ZonderLidTotaal,
    DateTimeOffset? LaatsteHerinnering);
