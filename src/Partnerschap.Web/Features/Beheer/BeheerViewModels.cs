using System.ComponentModel.DataAnnotations;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Beheer;

public sealed record BeheerOverzicht(int Gebruikers, int Uitgenodigd, int OpenAanvragen, int OpenMeldingen, int WachtendeVoorstellen);

public sealed record GebruikerRegel(string Id, string Email, string? Weergavenaam, IReadOnlyList<string> Rollen, IReadOnlyList<string> Profielen, string Status);

public sealed record GebruikersViewModel(IReadOnlyList<GebruikerRegel> Gebruikers, string? Zoek, string? Rol, int Totaal);

public sealed record LidmaatschapRegel(Guid Id, string Naam, string Url);

public sealed class GebruikerViewModel
{
    public required PortalUser Gebruiker { get; init; }

    public required IReadOnlyList<string> Rollen { get; init; }

    public required IReadOnlyList<LidmaatschapRegel> Lidmaatschappen { get; init; }

    public required bool IsZelf { get; init; }

    public LidmaatschapFormulier Lidmaatschap { get; init; } = new();

    public string Status => Gebruiker.Gedeactiveerd ? "Gedeactiveerd" : Gebruiker.EmailConfirmed ? "Actief" : "Uitgenodigd, nog niet aanvaard";
}

public sealed class UitnodigingFormulier
{
    [Required(ErrorMessage = "Vul het e-mailadres in van wie je uitnodigt.")]
    [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.be.")]
    [StringLength(256, ErrorMessage = "Een e-mailadres heeft hoogstens 256 tekens.")]
    [Display(Name = "E-mailadres")]
    public string? Email { get; set; }

    [StringLength(200, ErrorMessage = "Een naam heeft hoogstens 200 tekens.")]
    [Display(Name = "Naam (niet verplicht)")]
    public string? Weergavenaam { get; set; }

    [Required(ErrorMessage = "Kies een rol.")]
    [Display(Name = "Rol")]
    public string? Rol { get; set; }

    [StringLength(4000, ErrorMessage = "Deze lijst heeft hoogstens 4000 tekens.")]
    [Display(Name = "Organisaties die deze persoon mag bewerken")]
    public string? Organisaties { get; set; }

    [StringLength(4000, ErrorMessage = "Deze lijst heeft hoogstens 4000 tekens.")]
    [Display(Name = "Scholen die deze persoon mag bewerken")]
    public string? Scholen { get; set; }
}

public sealed class LidmaatschapFormulier
{
    [Required(ErrorMessage = "Vul de naam of de link van een organisatie of school in.")]
    [StringLength(300, ErrorMessage = "Hoogstens 300 tekens.")]
    [Display(Name = "Organisatie of school")]
    public string? Profiel { get; set; }
}

public sealed record AanvraagRegel(Guid Id, string Email, string? Weergavenaam, string Organisatie, string OrganisatieUrl, string Toelichting, DateTimeOffset AangevraagdOp, AanvraagStatus Status, string? BehandeldDoor, string? Reden);

public sealed record AanvragenViewModel(IReadOnlyList<AanvraagRegel> Open, IReadOnlyList<AanvraagRegel> Behandeld);

public sealed record AuditViewModel(IReadOnlyList<AuditGebeurtenis> Gebeurtenissen, string? Soort, string? Wie, DateOnly? Van, DateOnly? Tot, int Pagina, bool MeerPaginas, int BewaarDagen);
