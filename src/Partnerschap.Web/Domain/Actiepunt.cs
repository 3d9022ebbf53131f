namespace Partnerschap.Web.Domain;

/// <summary>
/// One line of the action plan of a samenwerking (its werkagenda): what, who, by when, status. Made by the partners
/// from the result of their scan; only the members of both sides (and a Beheerder) see it. Every change is kept in
/// <see cref="ActiepuntWijziging"/>.
/// </summary>
public class Actiepunt
{
    public Guid Id { get; set; }

    public Guid SamenwerkingId { get; set; }

    public Samenwerking? Samenwerking { get; set; }

    public required string Actie { get; set; }

    public required string Wie { get; set; }

    public DateOnly? Tegen { get; set; }

    public ActiepuntStatus Status { get; set; }

    /// <summary>The theme of the scan the action is about, if any (a theme code of the scan).</summary>
    public string? ThemaCode { get; set; }

    public DateTimeOffset AangemaaktOp { get; set; }

    /// <summary>Concurrency token, as on <see cref="Organisatie.Versie"/>.</summary>
    public int Versie { get; set; }
}
