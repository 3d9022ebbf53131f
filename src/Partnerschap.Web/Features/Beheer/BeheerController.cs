using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure.Audit;
using Partnerschap.Web.Infrastructure.Identity;
using Partnerschap.Web.Infrastructure.Mail;

namespace Partnerschap.Web.Features.Beheer;

/// <summary>/beheer: users, invitations, memberships, access requests and the audit log. Beheerders only.</summary>
[Authorize(Roles = Domain.Rollen.Beheerder)]
public sealed class BeheerController(
    PortalDbContext db,
    UserManager<PortalUser> users,
    IMailSender mail,
    AccountLinks links,
    AuditLogger audit,
    IOptions<AuditOptions> auditOptions,
    TimeProvider clock) : Controller
{
    [HttpGet("beheer")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new BeheerOverzicht(
            await db.Users.CountAsync(cancellationToken),
            await db.Users.CountAsync(u => !u.EmailConfirmed && !u.Gedeactiveerd, cancellationToken),
            await db.Toegangsaanvragen.CountAsync(a => a.Status == AanvraagStatus.Open, cancellationToken),
            await db.Meldingen.CountAsync(m => m.Status == MeldingStatus.Nieuw || m.Status == MeldingStatus.InBehandeling, cancellationToken)));

    [HttpGet("beheer/gebruikers")]
    public async Task<IActionResult> Gebruikers(string? zoek, string? rol, CancellationToken cancellationToken)
    {
        if (zoek?.Length > 200 || (!string.IsNullOrEmpty(rol) && !Domain.Rollen.Alle.Contains(rol)))
        {
            return BadRequest();
        }

        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(zoek))
        {
            var z = zoek.Trim();
            var normalized = z.ToUpperInvariant();
#pragma warning disable CA1862, CA1304, CA1311 // translated to SQL: the database compares case-insensitively with LIKE/UPPER
            query = query.Where(u => u.NormalizedEmail!.Contains(normalized) || (u.Weergavenaam != null && u.Weergavenaam.ToUpper().Contains(normalized)));
#pragma warning restore CA1862, CA1304, CA1311
        }

        if (!string.IsNullOrEmpty(rol))
        {
            var rolId = "rol-" + rol.ToLowerInvariant();
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == rolId));
        }

        var totaal = await query.CountAsync(cancellationToken);
        var lijst = await query.OrderBy(u => u.Email).Take(500)
            .Select(u => new
            {
                u.Id, u.Email, u.Weergavenaam, u.Gedeactiveerd, u.EmailConfirmed,
                Rollen = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToList(),
                Organisaties = db.Lidmaatschappen.Where(l => l.GebruikerId == u.Id && l.OrganisatieId != null).Select(l => l.Organisatie!.Naam).ToList(),
                Scholen = db.Lidmaatschappen.Where(l => l.GebruikerId == u.Id && l.SchoolId != null).Select(l => l.School!.Naam).ToList(),
            })
            .ToListAsync(cancellationToken);
        var regels = lijst.Select(u => new GebruikerRegel(u.Id, u.Email!, u.Weergavenaam, u.Rollen, u.Organisaties.Concat(u.Scholen).ToList(),
            u.Gedeactiveerd ? "Gedeactiveerd" : u.EmailConfirmed ? "Actief" : "Uitgenodigd")).ToList();
        return View(new GebruikersPagina(regels, zoek, rol, totaal));
    }

    [HttpGet("beheer/gebruikers/uitnodigen")]
    public IActionResult Uitnodigen() => View(new UitnodigingFormulier { Rol = Domain.Rollen.Welzijnswerker });

    [HttpPost("beheer/gebruikers/uitnodigen")]
    public async Task<IActionResult> Uitnodigen(UitnodigingFormulier formulier, CancellationToken cancellationToken)
    {
        if (formulier.Rol is not null && !Domain.Rollen.Alle.Contains(formulier.Rol))
        {
            ModelState.AddModelError(nameof(formulier.Rol), "Kies een rol uit de lijst.");
        }

        var organisaties = new List<(Guid Id, string Naam)>();
        foreach (var regel in Regels(formulier.Organisaties))
        {
            var (id, naam, fout) = await ProfielZoeker.OrganisatieAsync(db, regel, cancellationToken);
            if (fout is not null)
            {
                ModelState.AddModelError(nameof(formulier.Organisaties), fout);
            }
            else
            {
                organisaties.Add((id!.Value, naam!));
            }
        }

        var scholen = new List<(Guid Id, string Naam)>();
        foreach (var regel in Regels(formulier.Scholen))
        {
            var (id, naam, fout) = await ProfielZoeker.SchoolAsync(db, regel, cancellationToken);
            if (fout is not null)
            {
                ModelState.AddModelError(nameof(formulier.Scholen), fout);
            }
            else
            {
                scholen.Add((id!.Value, naam!));
            }
        }

        var bestaand = ModelState.IsValid ? await users.FindByEmailAsync(formulier.Email!) : null;
        if (bestaand is { Gedeactiveerd: true })
        {
            ModelState.AddModelError(nameof(formulier.Email), "Dit account is gedeactiveerd. Activeer het eerst op de pagina van de gebruiker.");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(formulier);
        }

        var beheerder = User.Identity!.Name!;
        var user = bestaand ?? new PortalUser
        {
            UserName = formulier.Email!.Trim(),
            Email = formulier.Email.Trim(),
            Weergavenaam = string.IsNullOrWhiteSpace(formulier.Weergavenaam) ? null : formulier.Weergavenaam.Trim(),
            AangemaaktOp = clock.GetUtcNow(),
            UitgenodigdDoor = User.FindFirstValue(ClaimTypes.NameIdentifier),
        };
        if (bestaand is null)
        {
            var aangemaakt = await users.CreateAsync(user);
            if (!aangemaakt.Succeeded)
            {
                ModelState.AddModelError(nameof(formulier.Email), string.Join(" ", aangemaakt.Errors.Select(e => e.Description)));
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return View(formulier);
            }
        }

        if (!await users.IsInRoleAsync(user, formulier.Rol!))
        {
            await users.AddToRoleAsync(user, formulier.Rol!);
        }

        foreach (var (id, _) in organisaties.Where(o => !db.Lidmaatschappen.Any(l => l.GebruikerId == user.Id && l.OrganisatieId == o.Id)))
        {
            db.Lidmaatschappen.Add(new Lidmaatschap { GebruikerId = user.Id, OrganisatieId = id, Sinds = clock.GetUtcNow() });
        }

        foreach (var (id, _) in scholen.Where(s => !db.Lidmaatschappen.Any(l => l.GebruikerId == user.Id && l.SchoolId == s.Id)))
        {
            db.Lidmaatschappen.Add(new Lidmaatschap { GebruikerId = user.Id, SchoolId = id, Sinds = clock.GetUtcNow() });
        }

        var profielen = organisaties.Select(o => o.Naam).Concat(scholen.Select(s => s.Naam)).ToList();
        audit.Registreer(AuditSoorten.Uitnodiging, user.Email,
            $"Rol {formulier.Rol}" + (profielen.Count > 0 ? $"; mag bewerken: {string.Join(", ", profielen)}" : string.Empty));
        await db.SaveChangesAsync(cancellationToken);

        if (bestaand is null || !bestaand.EmailConfirmed)
        {
            await StuurUitnodigingAsync(user, formulier.Rol!, profielen, beheerder, cancellationToken);
            TempData[Meldingen.Key] = $"De uitnodiging is verstuurd naar {user.Email}. De link blijft 7 dagen geldig.";
        }
        else
        {
            await mail.SendAsync(user.Email!, "Je hebt nieuwe rechten op Partnerschap", $"""
                Dag {user.Weergavenaam ?? user.Email},

                {beheerder} gaf je op Partnerschap de rol {formulier.Rol}{(profielen.Count > 0 ? $" en het beheer van: {string.Join(", ", profielen)}" : string.Empty)}.
                Meld je aan zoals altijd om verder te gaan.

                Partnerschap
                """, cancellationToken);
            TempData[Meldingen.Key] = $"{user.Email} had al een account. De nieuwe rechten gelden vanaf de volgende klik; we stuurden een mail.";
        }

        return Redirect($"/beheer/gebruikers/{user.Id}");
    }

    [HttpGet("beheer/gebruikers/{id}")]
    public async Task<IActionResult> Gebruiker(string id, CancellationToken cancellationToken)
    {
        var pagina = await GebruikerPaginaAsync(id, new LidmaatschapFormulier(), cancellationToken);
        return pagina is null ? NotFound() : View(pagina);
    }

    [HttpPost("beheer/gebruikers/{id}/rollen")]
    public async Task<IActionResult> RollenWijzigen(string id, List<string> rollen, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (rollen.Any(r => !Domain.Rollen.Alle.Contains(r)))
        {
            return BadRequest();
        }

        if (IsZelf(user) && !rollen.Contains(Domain.Rollen.Beheerder))
        {
            TempData[Meldingen.Key] = "Je kan je eigen rol van beheerder niet afnemen. Vraag dat aan een andere beheerder.";
            return Redirect($"/beheer/gebruikers/{id}");
        }

        var huidig = await users.GetRolesAsync(user);
        var erbij = rollen.Except(huidig).ToList();
        var eraf = huidig.Except(rollen).ToList();
        if (erbij.Count == 0 && eraf.Count == 0)
        {
            TempData[Meldingen.Key] = "Er veranderde niets aan de rollen.";
            return Redirect($"/beheer/gebruikers/{id}");
        }

        // Both calls change the security stamp: the person's next request already has the new roles.
        await users.AddToRolesAsync(user, erbij);
        await users.RemoveFromRolesAsync(user, eraf);
        await audit.RegistreerAsync(AuditSoorten.RolGewijzigd, user.Email,
            $"Rollen: {(huidig.Count == 0 ? "geen" : string.Join(", ", huidig))} → {(rollen.Count == 0 ? "geen" : string.Join(", ", rollen))}", cancellationToken: cancellationToken);
        TempData[Meldingen.Key] = $"De rollen van {user.Email} zijn gewijzigd. Dat geldt vanaf de volgende klik van die persoon.";
        return Redirect($"/beheer/gebruikers/{id}");
    }

    [HttpPost("beheer/gebruikers/{id}/lidmaatschappen")]
    public async Task<IActionResult> LidmaatschapToevoegen(string id, [Bind(Prefix = "Lidmaatschap")] LidmaatschapFormulier formulier, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        string? naam = null;
        if (ModelState.IsValid)
        {
            var tekst = formulier.Profiel!;
            var school = tekst.Contains("/scholen/", StringComparison.OrdinalIgnoreCase);
            var (organisatieId, organisatieNaam, organisatieFout) = school ? (null, null, "x") : await ProfielZoeker.OrganisatieAsync(db, tekst, cancellationToken);
            if (organisatieId is not null)
            {
                naam = organisatieNaam;
                if (!await db.Lidmaatschappen.AnyAsync(l => l.GebruikerId == id && l.OrganisatieId == organisatieId, cancellationToken))
                {
                    db.Lidmaatschappen.Add(new Lidmaatschap { GebruikerId = id, OrganisatieId = organisatieId, Sinds = clock.GetUtcNow() });
                }
            }
            else
            {
                var (schoolId, schoolNaam, schoolFout) = await ProfielZoeker.SchoolAsync(db, tekst, cancellationToken);
                if (schoolId is null)
                {
                    ModelState.AddModelError("Lidmaatschap.Profiel", school ? schoolFout! : organisatieFout!);
                }
                else
                {
                    naam = schoolNaam;
                    if (!await db.Lidmaatschappen.AnyAsync(l => l.GebruikerId == id && l.SchoolId == schoolId, cancellationToken))
                    {
                        db.Lidmaatschappen.Add(new Lidmaatschap { GebruikerId = id, SchoolId = schoolId, Sinds = clock.GetUtcNow() });
                    }
                }
            }
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Gebruiker", await GebruikerPaginaAsync(id, formulier, cancellationToken));
        }

        audit.Registreer(AuditSoorten.LidmaatschapGewijzigd, user.Email, $"Mag nu {naam} bewerken.");
        await db.SaveChangesAsync(cancellationToken);
        TempData[Meldingen.Key] = $"{user.Email} mag nu {naam} bewerken.";
        return Redirect($"/beheer/gebruikers/{id}");
    }

    [HttpPost("beheer/gebruikers/{id}/lidmaatschappen/{lidmaatschapId:guid}/verwijderen")]
    public async Task<IActionResult> LidmaatschapVerwijderen(string id, Guid lidmaatschapId, CancellationToken cancellationToken)
    {
        var lidmaatschap = await db.Lidmaatschappen.Include(l => l.Organisatie).Include(l => l.School).Include(l => l.Gebruiker)
            .FirstOrDefaultAsync(l => l.Id == lidmaatschapId && l.GebruikerId == id, cancellationToken);
        if (lidmaatschap is null)
        {
            return NotFound();
        }

        var naam = lidmaatschap.Organisatie?.Naam ?? lidmaatschap.School?.Naam;
        db.Lidmaatschappen.Remove(lidmaatschap);
        audit.Registreer(AuditSoorten.LidmaatschapGewijzigd, lidmaatschap.Gebruiker!.Email, $"Mag {naam} niet meer bewerken.");
        await db.SaveChangesAsync(cancellationToken);
        TempData[Meldingen.Key] = $"{lidmaatschap.Gebruiker.Email} kan {naam} niet meer bewerken. Dat geldt meteen.";
        return Redirect($"/beheer/gebruikers/{id}");
    }

    [HttpPost("beheer/gebruikers/{id}/deactiveren")]
    public async Task<IActionResult> Deactiveren(string id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (IsZelf(user))
        {
            TempData[Meldingen.Key] = "Je kan je eigen account niet deactiveren.";
            return Redirect($"/beheer/gebruikers/{id}");
        }

        user.Gedeactiveerd = true;
        await users.UpdateAsync(user);
        // A new stamp ends every session of this account on its next request, on every instance.
        await users.UpdateSecurityStampAsync(user);
        await audit.RegistreerAsync(AuditSoorten.AccountGedeactiveerd, user.Email, cancellationToken: cancellationToken);
        TempData[Meldingen.Key] = $"{user.Email} is gedeactiveerd en kan zich niet meer aanmelden.";
        return Redirect($"/beheer/gebruikers/{id}");
    }

    [HttpPost("beheer/gebruikers/{id}/activeren")]
    public async Task<IActionResult> Activeren(string id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        user.Gedeactiveerd = false;
        await users.UpdateAsync(user);
        await audit.RegistreerAsync(AuditSoorten.AccountGeactiveerd, user.Email, cancellationToken: cancellationToken);
        TempData[Meldingen.Key] = $"{user.Email} kan zich weer aanmelden.";
        return Redirect($"/beheer/gebruikers/{id}");
    }

    [HttpPost("beheer/gebruikers/{id}/uitnodiging-opnieuw")]
    public async Task<IActionResult> UitnodigingOpnieuw(string id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (user.EmailConfirmed || user.Gedeactiveerd)
        {
            TempData[Meldingen.Key] = "Deze persoon heeft de uitnodiging al aanvaard of is gedeactiveerd.";
            return Redirect($"/beheer/gebruikers/{id}");
        }

        // A new stamp makes every earlier link useless: only the newest invitation works.
        await users.UpdateSecurityStampAsync(user);
        var rollen = await users.GetRolesAsync(user);
        var profielen = await db.Lidmaatschappen.Where(l => l.GebruikerId == id)
            .Select(l => l.Organisatie != null ? l.Organisatie.Naam : l.School!.Naam).ToListAsync(cancellationToken);
        await StuurUitnodigingAsync(user, string.Join(", ", rollen), profielen, User.Identity!.Name!, cancellationToken);
        await audit.RegistreerAsync(AuditSoorten.Uitnodiging, user.Email, "Uitnodiging opnieuw verstuurd; de vorige link werkt niet meer.", cancellationToken: cancellationToken);
        TempData[Meldingen.Key] = $"Een nieuwe uitnodiging is verstuurd naar {user.Email}. De vorige link werkt niet meer.";
        return Redirect($"/beheer/gebruikers/{id}");
    }

    [HttpGet("beheer/aanvragen")]
    public async Task<IActionResult> Aanvragen(CancellationToken cancellationToken)
    {
        var alle = await db.Toegangsaanvragen.AsNoTracking()
            .OrderByDescending(a => a.AangevraagdOp)
            .Select(a => new AanvraagRegel(a.Id, a.Gebruiker!.Email!, a.Gebruiker.Weergavenaam, a.Organisatie!.Naam, "/organisaties/" + a.Organisatie.Slug,
                a.Toelichting, a.AangevraagdOp, a.Status, a.BehandeldDoor, a.Reden))
            .Take(300)
            .ToListAsync(cancellationToken);
        return View(new AanvragenPagina(alle.Where(a => a.Status == AanvraagStatus.Open).ToList(), alle.Where(a => a.Status != AanvraagStatus.Open).Take(50).ToList()));
    }

    [HttpPost("beheer/aanvragen/{id:guid}/goedkeuren")]
    public async Task<IActionResult> Goedkeuren(Guid id, CancellationToken cancellationToken) => await BeslisAsync(id, goedgekeurd: true, null, cancellationToken);

    [HttpPost("beheer/aanvragen/{id:guid}/weigeren")]
    public async Task<IActionResult> Weigeren(Guid id, string? reden, CancellationToken cancellationToken)
    {
        if (reden?.Length > 1000)
        {
            TempData[Meldingen.Key] = "Een reden heeft hoogstens 1000 tekens.";
            return Redirect("/beheer/aanvragen");
        }

        return await BeslisAsync(id, goedgekeurd: false, string.IsNullOrWhiteSpace(reden) ? null : reden.Trim(), cancellationToken);
    }

    [HttpGet("beheer/audit")]
    public async Task<IActionResult> Audit(string? soort, string? wie, DateOnly? van, DateOnly? tot, int pagina = 1, CancellationToken cancellationToken = default)
    {
        if (!ModelState.IsValid || pagina < 1 || pagina > 10_000 || wie?.Length > 256 ||
            (!string.IsNullOrEmpty(soort) && !AuditSoorten.Labels.ContainsKey(soort)) || (van is not null && tot is not null && van > tot))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("~/Features/Fouten/Fout.cshtml", new Fouten.FoutViewModel(400, "Deze filter klopt niet",
                "Kies een soort uit de lijst, datums als jjjj-mm-dd (de begindatum vóór de einddatum) en een paginanummer vanaf 1."));
        }

        const int perPagina = 50;
        var query = db.AuditLog.AsNoTracking();
        if (!string.IsNullOrEmpty(soort))
        {
            query = query.Where(a => a.Soort == soort);
        }

        if (!string.IsNullOrWhiteSpace(wie))
        {
            var w = wie.Trim();
            query = query.Where(a => a.Actor.Contains(w) || (a.Onderwerp != null && a.Onderwerp.Contains(w)));
        }

        if (van is { } v)
        {
            var vanaf = new DateTimeOffset(v.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(-2);
            query = query.Where(a => a.Tijdstip >= vanaf);
        }

        if (tot is { } t)
        {
            var totEnMet = new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(a => a.Tijdstip < totEnMet);
        }

        var lijst = await query.OrderByDescending(a => a.Id).Skip((pagina - 1) * perPagina).Take(perPagina + 1).ToListAsync(cancellationToken);
        return View(new AuditPagina(lijst.Take(perPagina).ToList(), soort, wie, van, tot, pagina, lijst.Count > perPagina, auditOptions.Value.BewaarDagen));
    }

    private async Task<IActionResult> BeslisAsync(Guid id, bool goedgekeurd, string? reden, CancellationToken cancellationToken)
    {
        var aanvraag = await db.Toegangsaanvragen.Include(a => a.Gebruiker).Include(a => a.Organisatie)
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (aanvraag is null)
        {
            return NotFound();
        }

        if (aanvraag.Status != AanvraagStatus.Open)
        {
            TempData[Meldingen.Key] = "Over deze aanvraag is al beslist.";
            return Redirect("/beheer/aanvragen");
        }

        var user = aanvraag.Gebruiker!;
        var organisatie = aanvraag.Organisatie!;
        aanvraag.Status = goedgekeurd ? AanvraagStatus.Goedgekeurd : AanvraagStatus.Geweigerd;
        aanvraag.BehandeldDoor = User.Identity!.Name;
        aanvraag.BehandeldOp = clock.GetUtcNow();
        aanvraag.Reden = reden;
        if (goedgekeurd && !await db.Lidmaatschappen.AnyAsync(l => l.GebruikerId == user.Id && l.OrganisatieId == organisatie.Id, cancellationToken))
        {
            db.Lidmaatschappen.Add(new Lidmaatschap { GebruikerId = user.Id, OrganisatieId = organisatie.Id, Sinds = clock.GetUtcNow() });
        }

        audit.Registreer(AuditSoorten.ToegangBeslist, user.Email,
            $"{(goedgekeurd ? "Goedgekeurd" : "Geweigerd")}: {organisatie.Naam}{(reden is null ? string.Empty : $" ({reden})")}");
        await db.SaveChangesAsync(cancellationToken);
        if (goedgekeurd && !await users.IsInRoleAsync(user, Domain.Rollen.Welzijnswerker) && !await users.IsInRoleAsync(user, Domain.Rollen.Beheerder))
        {
            await users.AddToRoleAsync(user, Domain.Rollen.Welzijnswerker);
        }

        var profielLink = new Uri(links.Base, $"organisaties/{organisatie.Slug}/bewerken");
        await mail.SendAsync(user.Email!, goedgekeurd ? $"Je mag {organisatie.Naam} nu beheren" : $"Je vraag om {organisatie.Naam} te beheren", goedgekeurd
            ? $"""
                Dag {user.Weergavenaam ?? user.Email},

                Je vroeg om het profiel van {organisatie.Naam} op Partnerschap te beheren. Een beheerder keurde je vraag goed.
                Je kan het profiel nu bewerken:

                {profielLink}

                Partnerschap
                """
            : $"""
                Dag {user.Weergavenaam ?? user.Email},

                Je vroeg om het profiel van {organisatie.Naam} op Partnerschap te beheren. Een beheerder keurde je vraag niet goed.
                {(reden is null ? "Heb je vragen? Antwoord dan op deze mail of neem contact op via de contactpagina." : $"De reden: {reden}")}

                Partnerschap
                """, cancellationToken);
        TempData[Meldingen.Key] = goedgekeurd
            ? $"{user.Email} mag nu {organisatie.Naam} bewerken. We stuurden een mail."
            : $"De aanvraag van {user.Email} is geweigerd. We stuurden een mail.";
        return Redirect("/beheer/aanvragen");
    }

    private async Task StuurUitnodigingAsync(PortalUser user, string rol, List<string> profielen, string door, CancellationToken cancellationToken)
    {
        var token = await users.GenerateUserTokenAsync(user, UitnodigingTokenProvider.Naam, UitnodigingTokenProvider.Doel);
        var link = links.Invitation(user, token);
        await mail.SendAsync(user.Email!, "Je bent uitgenodigd voor Partnerschap", $"""
            Dag {user.Weergavenaam ?? user.Email},

            {door} nodigt je uit op Partnerschap, het portaal waar scholen en welzijnsorganisaties elkaar vinden.
            Je krijgt de rol {rol}.{(profielen.Count > 0 ? $" Je mag dit profiel bewerken: {string.Join(", ", profielen)}." : string.Empty)}

            Kies je wachtwoord via deze link:

            {link}

            De link werkt één keer en blijft 7 dagen geldig. Verwachtte je deze mail niet? Dan hoef je niets te doen.

            Partnerschap
            """, cancellationToken);
    }

    private async Task<GebruikerPagina?> GebruikerPaginaAsync(string id, LidmaatschapFormulier formulier, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return null;
        }

        var lidmaatschappen = await db.Lidmaatschappen.AsNoTracking().Where(l => l.GebruikerId == id)
            .Select(l => new LidmaatschapRegel(l.Id,
                l.Organisatie != null ? l.Organisatie.Naam : l.School!.Naam,
                l.Organisatie != null ? "/organisaties/" + l.Organisatie.Slug : "/scholen/" + l.School!.Slug))
            .ToListAsync(cancellationToken);
        return new GebruikerPagina
        {
            Gebruiker = user,
            Rollen = (await users.GetRolesAsync(user)).ToList(),
            Lidmaatschappen = lidmaatschappen.OrderBy(l => l.Naam, StringComparer.CurrentCulture).ToList(),
            IsZelf = IsZelf(user),
            Lidmaatschap = formulier,
        };
    }

    private bool IsZelf(PortalUser user) => user.Id == User.FindFirstValue(ClaimTypes.NameIdentifier);

    private static IEnumerable<string> Regels(string? tekst) =>
        (tekst ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase);
}
