using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;

namespace Partnerschap.Web.Features.Profielbeheer;

public sealed class VormInvoer
{
    public string? Code { get; set; }

    public bool Gekozen { get; set; }

    public string? Toelichting { get; set; }
}
