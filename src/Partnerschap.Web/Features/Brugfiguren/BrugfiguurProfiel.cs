using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;

namespace Partnerschap.Web.Features.Brugfiguren;

public sealed record BrugfiguurProfiel(Brugfiguur Brugfiguur, string Werkgever, string? WerkgeverUrl, IReadOnlyList<(string Naam, string Url, string Gemeente)> Scholen);
