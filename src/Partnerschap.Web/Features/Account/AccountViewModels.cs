using System.ComponentModel.DataAnnotations;
using Partnerschap.Web.Infrastructure.Identity;

namespace Partnerschap.Web.Features.Account;

public sealed class AanmeldenFormulier
{
    [Required(ErrorMessage = "Vul je e-mailadres in.")]
    [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.be.")]
    [StringLength(256, ErrorMessage = "Een e-mailadres heeft hoogstens 256 tekens.")]
    [Display(Name = "E-mailadres")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Vul je wachtwoord in.")]
    [StringLength(256, ErrorMessage = "Een wachtwoord heeft hoogstens 256 tekens.")]
    [DataType(DataType.Password)]
    [Display(Name = "Wachtwoord")]
    public string? Wachtwoord { get; set; }

    public string? Terug { get; set; }
}

public sealed class WachtwoordVergetenFormulier
{
    [Required(ErrorMessage = "Vul je e-mailadres in.")]
    [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.be.")]
    [StringLength(256, ErrorMessage = "Een e-mailadres heeft hoogstens 256 tekens.")]
    [Display(Name = "E-mailadres")]
    public string? Email { get; set; }
}

public sealed class WachtwoordHerstellenFormulier
{
    [Required(ErrorMessage = "De link is onvolledig. Vraag een nieuwe link aan.")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "De link is onvolledig. Vraag een nieuwe link aan.")]
    public string? Code { get; set; }

    [Required(ErrorMessage = "Kies een nieuw wachtwoord.")]
    [StringLength(Wachtwoordregels.MaxLengte, MinimumLength = Wachtwoordregels.MinLengte, ErrorMessage = Wachtwoordregels.LengteFout)]
    [DataType(DataType.Password)]
    [Display(Name = "Nieuw wachtwoord")]
    public string? Wachtwoord { get; set; }

    [Required(ErrorMessage = "Typ je nieuwe wachtwoord nog een keer.")]
    [Compare(nameof(Wachtwoord), ErrorMessage = "De twee wachtwoorden zijn niet gelijk.")]
    [DataType(DataType.Password)]
    [Display(Name = "Herhaal het nieuwe wachtwoord")]
    public string? Herhaling { get; set; }

    /// <summary>True for the first password of a new account (the link from an invitation or create-admin).</summary>
    public bool EersteWachtwoord { get; set; }
}

public sealed class WachtwoordWijzigenFormulier
{
    [Required(ErrorMessage = "Vul je huidige wachtwoord in.")]
    [StringLength(256)]
    [DataType(DataType.Password)]
    [Display(Name = "Huidig wachtwoord")]
    public string? Huidig { get; set; }

    [Required(ErrorMessage = "Kies een nieuw wachtwoord.")]
    [StringLength(Wachtwoordregels.MaxLengte, MinimumLength = Wachtwoordregels.MinLengte, ErrorMessage = Wachtwoordregels.LengteFout)]
    [DataType(DataType.Password)]
    [Display(Name = "Nieuw wachtwoord")]
    public string? Nieuw { get; set; }

    [Required(ErrorMessage = "Typ je nieuwe wachtwoord nog een keer.")]
    [Compare(nameof(Nieuw), ErrorMessage = "De twee wachtwoorden zijn niet gelijk.")]
    [DataType(DataType.Password)]
    [Display(Name = "Herhaal het nieuwe wachtwoord")]
    public string? Herhaling { get; set; }
}

public sealed class EmailWijzigenFormulier
{
    public string? Huidig { get; set; }

    [Required(ErrorMessage = "Vul je nieuwe e-mailadres in.")]
    [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.be.")]
    [StringLength(256, ErrorMessage = "Een e-mailadres heeft hoogstens 256 tekens.")]
    [Display(Name = "Nieuw e-mailadres")]
    public string? Nieuw { get; set; }
}

public sealed class EmailBevestigenFormulier
{
    [Required]
    public string? Id { get; set; }

    [Required]
    public string? Email { get; set; }

    [Required]
    public string? Code { get; set; }
}

public sealed record MijnAccountViewModel(string Email, string? Weergavenaam, IReadOnlyList<string> Rollen);

public sealed record BerichtViewModel(string Titel, string Tekst);
