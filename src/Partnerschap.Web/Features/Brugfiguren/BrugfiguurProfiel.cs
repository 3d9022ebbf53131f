using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Brugfiguren;

public sealed record BrugfiguurProfiel(Brugfiguur Brugfiguur, string Werkgever, string? WerkgeverUrl, IReadOnlyList<(string Naam, string Url, string Gemeente)> Scholen);
