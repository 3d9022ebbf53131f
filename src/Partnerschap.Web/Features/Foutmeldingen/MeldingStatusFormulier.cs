using System.ComponentModel.DataAnnotations;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Foutmeldingen;

public sealed class MeldingStatusFormulier
{
    public MeldingStatus Status { get; set; }

    [StringLength(1000)]
    public string? Notitie { get; set; }
}
