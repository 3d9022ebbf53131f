using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure.Audit;
using Partnerschap.Web.Infrastructure.Identity;

namespace Partnerschap.Web.Features.Beheer;

/// <summary>
/// Inviting someone: the account without password (or the existing one), the role, the profiles they may edit, the
/// audit line and the mail. The link is a token of <see cref="UitnodigingTokenProvider"/>; it is accepted on
/// /uitnodiging (<c>Features/Uitnodiging</c>).
/// </summary>
public sealed class Uitnodiger(
    PortalDbContext db,
    UserManager<PortalUser> users,
    AccountLinks links,
    BeheerMails mails,
    AuditLogger audit,
    TimeProvider clock)
{
    /// <summary>
    /// Invites the person of <paramref name="formulier"/> on behalf of <paramref name="beheerder"/>. Null when the form
    /// does not hold: the reasons are then in <paramref name="modelState"/>, under the form's field names.
    /// </summary>
    public async Task<Uitgenodigd?> UitnodigenAsync(
        UitnodigingFormulier formulier, ClaimsPrincipal beheerder, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        if (formulier.Rol is not null && !Rollen.Alle.Contains(formulier.Rol))
        {
            modelState.AddModelError(nameof(formulier.Rol), "Kies een rol uit de lijst.");
        }

        var organisaties = await ZoekAsync(formulier.Organisaties, nameof(formulier.Organisaties), ProfielZoeker.OrganisatieAsync, modelState, cancellationToken);
        var scholen = await ZoekAsync(formulier.Scholen, nameof(formulier.Scholen), ProfielZoeker.SchoolAsync, modelState, cancellationToken);
        var bestaand = modelState.IsValid ? await users.FindByEmailAsync(formulier.Email!) : null;
        if (bestaand is { Gedeactiveerd: true })
        {
            modelState.AddModelError(nameof(formulier.Email), "Dit account is gedeactiveerd. Activeer het eerst op de pagina van de gebruiker.");
        }

        if (!modelState.IsValid)
        {
            return null;
        }

        var door = beheerder.Identity!.Name!;
        var user = bestaand ?? NieuweGebruiker(formulier.Email!, formulier.Weergavenaam, beheerder);
        if (bestaand is null)
        {
            var aangemaakt = await users.CreateAsync(user);
            if (!aangemaakt.Succeeded)
            {
                modelState.AddModelError(nameof(formulier.Email), string.Join(" ", aangemaakt.Errors.Select(e => e.Description)));
                return null;
            }
        }

        if (!await users.IsInRoleAsync(user, formulier.Rol!))
        {
            await users.AddToRoleAsync(user, formulier.Rol!);
        }

        foreach (var (id, _) in organisaties)
        {
            await db.KenToeAsync(user.Id, organisatieId: id, schoolId: null, clock.GetUtcNow(), cancellationToken);
        }

        foreach (var (id, _) in scholen)
        {
            await db.KenToeAsync(user.Id, organisatieId: null, schoolId: id, clock.GetUtcNow(), cancellationToken);
        }

        var profielen = organisaties.Select(o => o.Naam).Concat(scholen.Select(s => s.Naam)).ToList();
        audit.Registreer(AuditSoorten.Uitnodiging, user.Email,
            $"Rol {formulier.Rol}" + (profielen.Count > 0 ? $"; mag bewerken: {string.Join(", ", profielen)}" : string.Empty));
        await db.SaveChangesAsync(cancellationToken);

        if (bestaand is null || !bestaand.EmailConfirmed)
        {
            await StuurUitnodigingAsync(user, formulier.Rol!, profielen, door, cancellationToken);
            return new Uitgenodigd(user, LinkVerstuurd: true);
        }

        await mails.NieuweRechtenAsync(user, formulier.Rol!, profielen, door, cancellationToken);
        return new Uitgenodigd(user, LinkVerstuurd: false);
    }

    /// <summary>
    /// Makes the person with <paramref name="email"/> a member of the organisatie, for an approved proposal
    /// (<c>VoorstellenController</c>): an existing account gets the membership (and the role Welzijnswerker when it
    /// has neither that role nor Beheerder); otherwise an account without password is made and gets the invitation
    /// mail to choose one, as after /beheer/gebruikers/uitnodigen. Saves. Null with the reason when no account could be made.
    /// </summary>
    public async Task<(Uitgenodigd? Lid, string? Fout)> MaakLidAsync(
        string email, string? naam, Guid organisatieId, string organisatieNaam, ClaimsPrincipal beheerder, CancellationToken cancellationToken)
    {
        var bestaand = await users.FindByEmailAsync(email);
        var user = bestaand ?? NieuweGebruiker(email, naam, beheerder);
        if (bestaand is null)
        {
            var aangemaakt = await users.CreateAsync(user);
            if (!aangemaakt.Succeeded)
            {
                return (null, string.Join(" ", aangemaakt.Errors.Select(e => e.Description)));
            }

            audit.Registreer(AuditSoorten.Uitnodiging, user.Email, $"Rol {Rollen.Welzijnswerker}; mag bewerken: {organisatieNaam} (goedgekeurd voorstel)");
        }

        if (!await users.IsInRoleAsync(user, Rollen.Welzijnswerker) && !await users.IsInRoleAsync(user, Rollen.Beheerder))
        {
            await users.AddToRoleAsync(user, Rollen.Welzijnswerker);
        }

        await db.KenToeAsync(user.Id, organisatieId, schoolId: null, clock.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (user.EmailConfirmed)
        {
            return (new Uitgenodigd(user, LinkVerstuurd: false), null);
        }

        await StuurUitnodigingAsync(user, Rollen.Welzijnswerker, [organisatieNaam], beheerder.Identity!.Name!, cancellationToken);
        return (new Uitgenodigd(user, LinkVerstuurd: true), null);
    }

    /// <summary>A new invitation for someone who has not accepted yet; every earlier link stops working.</summary>
    public async Task OpnieuwAsync(PortalUser user, string door, CancellationToken cancellationToken)
    {
        // A new stamp makes every earlier link useless: only the newest invitation works.
        await users.UpdateSecurityStampAsync(user);
        var rollen = await users.GetRolesAsync(user);
        var profielen = await db.Lidmaatschappen.Where(l => l.GebruikerId == user.Id)
            .Select(l => l.Organisatie != null ? l.Organisatie.Naam : l.School!.Naam).ToListAsync(cancellationToken);
        await StuurUitnodigingAsync(user, string.Join(", ", rollen), profielen, door, cancellationToken);
        await audit.RegistreerAsync(AuditSoorten.Uitnodiging, user.Email, "Uitnodiging opnieuw verstuurd; de vorige link werkt niet meer.", cancellationToken: cancellationToken);
    }

    private async Task StuurUitnodigingAsync(PortalUser user, string rol, List<string> profielen, string door, CancellationToken cancellationToken)
    {
        var token = await users.GenerateUserTokenAsync(user, UitnodigingTokenProvider.Naam, UitnodigingTokenProvider.Doel);
        await mails.UitnodigingAsync(user, links.Invitation(user, token), rol, profielen, door, cancellationToken);
    }

    private PortalUser NieuweGebruiker(string email, string? naam, ClaimsPrincipal beheerder) => new()
    {
        UserName = email.Trim(),
        Email = email.Trim(),
        Weergavenaam = string.IsNullOrWhiteSpace(naam) ? null : naam.Trim(),
        AangemaaktOp = clock.GetUtcNow(),
        UitgenodigdDoor = beheerder.FindFirstValue(ClaimTypes.NameIdentifier),
    };

    /// <summary>Every line of <paramref name="tekst"/> as a profile; a line that matches none gives a message on <paramref name="veld"/>.</summary>
    private async Task<List<(Guid Id, string Naam)>> ZoekAsync(
        string? tekst,
        string veld,
        Func<PortalDbContext, string, CancellationToken, Task<(Guid? Id, string? Naam, string? Fout)>> zoek,
        ModelStateDictionary modelState,
        CancellationToken cancellationToken)
    {
        var gevonden = new List<(Guid Id, string Naam)>();
        var regels = (tekst ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var regel in regels)
        {
            var (id, naam, fout) = await zoek(db, regel, cancellationToken);
            if (fout is not null)
            {
                modelState.AddModelError(veld, fout);
            }
            else
            {
                gevonden.Add((id!.Value, naam!));
            }
        }

        return gevonden;
    }
}

/// <summary>The invited account; <see cref="LinkVerstuurd"/> is false when it already worked and only got new rights.</summary>
public sealed record Uitgenodigd(PortalUser Gebruiker, bool LinkVerstuurd);
