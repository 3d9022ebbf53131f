using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure;
using Partnerschap.Web.Infrastructure.Identity;
using Partnerschap.Web.Infrastructure.Mail;
using Partnerschap.Web.Infrastructure.Security;

namespace Partnerschap.Web.Features.Foutmeldingen;

/// <summary>The profile a melding is about, and who handles it (the organisatie or school; for a brugfiguur its employer).</summary>
public sealed record GemeldProfiel(ProfielSoort Soort, Guid Id, string Naam, string Url, Guid? OrganisatieId, Guid? SchoolId);

public sealed record MeldEenFoutViewModel(GemeldProfiel Profiel, MeldingFormulier Formulier);

public sealed record MeldingBedanktViewModel(GemeldProfiel Profiel, bool MetEmail);

public sealed record MeldingenViewModel(IReadOnlyList<Melding> Meldingen, IReadOnlyDictionary<MeldingStatus, int> Aantallen, MeldingStatus? Filter, string? Organisatie, bool IsBeheerder)
{
    public static string Label(MeldingStatus status) => status switch
    {
        MeldingStatus.Nieuw => "Nieuw",
        MeldingStatus.InBehandeling => "In behandeling",
        MeldingStatus.Opgelost => "Opgelost",
        _ => "Afgewezen",
    };
}
