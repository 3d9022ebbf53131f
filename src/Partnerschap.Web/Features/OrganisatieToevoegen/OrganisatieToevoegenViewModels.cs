using Partnerschap.Web.Features.Profielbeheer;

namespace Partnerschap.Web.Features.OrganisatieToevoegen;

/// <summary>
/// Step 1: name, gemeente and KBO number as typed; once they hold, the organisaties that look alike
/// (<see cref="Gelijkaardig"/> not null).
/// </summary>
public sealed record ZoekStap(string? Naam, string? Gemeente, string? Kbo, string? GemeenteNaam, IReadOnlyList<GelijkaardigeOrganisatie>? Gelijkaardig);

/// <summary>
/// Step 2, and the proposer's edit after changes were asked: the profile form (<see cref="Formulier"/>), who proposes
/// it (<see cref="Indiener"/>, only the first time), where the form posts to, and the Beheerder's question.
/// </summary>
public sealed record VoorstelPagina(OrganisatieFormulier Formulier, IndienerFormulier? Indiener, IReadOnlyList<string> Provincies, string Actie, string? Bericht);

/// <summary>The page behind the link in the confirmation mail: one button, so a mail scanner that opens links confirms nothing.</summary>
public sealed record BevestigPagina(string OrganisatieNaam, string Code);
