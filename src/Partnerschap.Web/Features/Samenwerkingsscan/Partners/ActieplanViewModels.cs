using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Samenwerkingsscan.Partners;

/// <summary>One action in the list: <see cref="TeLaat"/> when its date lies before today (Belgian) and it is still open.</summary>
public sealed record ActiepuntRegel(Guid Id, string Actie, string Wie, DateOnly? Tegen, ActiepuntStatus Status, string? Thema, bool TeLaat);

/// <summary>/samenwerkingen/{id}/actieplan: the actions and the form to add one.</summary>
public sealed record ActieplanViewModel(
    PartnerSamenwerking Samenwerking,
    IReadOnlyList<ActiepuntRegel> Acties,
    ActiepuntFormulier Formulier,
    IReadOnlyList<ScanThema> Themas);

/// <summary>/samenwerkingen/{id}/actieplan/{actieId}: change one action, with its own history below.</summary>
public sealed record ActiepuntViewModel(
    PartnerSamenwerking Samenwerking,
    Guid ActieId,
    ActiepuntFormulier Formulier,
    IReadOnlyList<ScanThema> Themas,
    IReadOnlyList<ActiepuntWijziging> Wijzigingen,
    string? Conflict = null);

/// <summary>One line of the history of the whole plan.</summary>
public sealed record PlanWijziging(DateTimeOffset Tijdstip, string Door, string Actie, string Omschrijving);

/// <summary>/samenwerkingen/{id}/actieplan/geschiedenis.</summary>
public sealed record ActieplanGeschiedenisViewModel(PartnerSamenwerking Samenwerking, IReadOnlyList<PlanWijziging> Wijzigingen);

/// <summary>The fields of an action, shared by the add form and the change form.</summary>
public sealed record ActiepuntVelden(ActiepuntFormulier Formulier, IReadOnlyList<ScanThema> Themas);
