using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Infrastructure.Seeding;

/// <summary>
/// Development only: one account per role, so a developer can try every part of the portal.
/// The passwords are listed in README.md; no other environment ever gets a default password.
/// </summary>
public sealed class DemoAccountSeeder(UserManager<PortalUser> users, PortalDbContext db, TimeProvider clock, ILogger<DemoAccountSeeder> logger)
{
    public const string DemoWachtwoord = "demo-partnerschap-2026";

    public static readonly IReadOnlyList<(string Email, string Naam, string Rol)> Accounts =
    [
        ("beheerder@example.org", "Demo Beheerder", Rollen.Beheerder),
        ("onderzoeker@example.org", "Demo Onderzoeker", Rollen.Onderzoeker),
        ("welzijnswerker@example.org", "Demo Welzijnswerker", Rollen.Welzijnswerker),
        ("schoolmedewerker@example.org", "Demo Schoolmedewerker", Rollen.Schoolmedewerker),
    ];

    public async Task SeedAsync()
    {
        foreach (var (email, naam, rol) in Accounts)
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var user = new PortalUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                Weergavenaam = naam,
                AangemaaktOp = clock.GetUtcNow(),
            };
            var created = await users.CreateAsync(user, DemoWachtwoord);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
            }

            await users.AddToRoleAsync(user, rol);
            await GeefDemoProfielAsync(user, rol);
            logger.LogInformation("Demo-account aangemaakt met rol {Rol}", rol);
        }
    }

    /// <summary>With the demo map loaded, the Welzijnswerker manages one organisation and the Schoolmedewerker one school, a partner of that organisation where the demo map has one.</summary>
    private async Task GeefDemoProfielAsync(PortalUser user, string rol)
    {
        // The first huiswerkbegeleiding that has an active samenwerking with a school (else the first one).
        var demoOrganisatie = await db.Organisaties.Where(o => o.Type == "huiswerkbegeleiding")
            .OrderBy(o => db.Samenwerkingen.Any(s => s.OrganisatieId == o.Id && s.Status == SamenwerkingStatus.Actief && !s.WachtOpBevestiging) ? 0 : 1)
            .ThenBy(o => o.Naam).Select(o => (Guid?)o.Id).FirstOrDefaultAsync();
        if (rol == Rollen.Welzijnswerker && demoOrganisatie is { } organisatieId)
        {
            db.Lidmaatschappen.Add(new Lidmaatschap { GebruikerId = user.Id, OrganisatieId = organisatieId, Sinds = clock.GetUtcNow() });
        }
        else if (rol == Rollen.Schoolmedewerker &&
            // A school that works with the Welzijnswerker's organisation, so that the two demo accounts can fill in the
            // samenwerkingsscan as the two sides of one samenwerking; else the first school.
            (await db.Samenwerkingen.Where(s => s.OrganisatieId == demoOrganisatie && s.Status == SamenwerkingStatus.Actief && !s.WachtOpBevestiging)
                .OrderBy(s => s.School!.Naam).Select(s => (Guid?)s.SchoolId).FirstOrDefaultAsync()
             ?? await db.Scholen.OrderBy(s => s.Naam).Select(s => (Guid?)s.Id).FirstOrDefaultAsync()) is { } schoolId)
        {
            db.Lidmaatschappen.Add(new Lidmaatschap { GebruikerId = user.Id, SchoolId = schoolId, Sinds = clock.GetUtcNow() });
        }

        await db.SaveChangesAsync();
    }
}
