using System.Numerics;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure.Plaatsen;

namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

public readonly record struct ZoekTreffer(KaartItem Item, double Score, double? AfstandKm);
