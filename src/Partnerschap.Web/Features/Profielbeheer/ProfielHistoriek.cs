using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure;

namespace Partnerschap.Web.Features.Profielbeheer;

/// <summary>
/// Records a <see cref="ProfielVersie"/> for every save of a profile: who, when, each changed field (old → new) and a
/// snapshot to restore from. The version is added to the same DbContext, so it is saved in the same transaction as
/// the change itself. Numbers are safe under concurrency because every recorded save also bumps the profile's
/// concurrency token (two saves of one profile cannot both commit).
/// </summary>
public sealed class ProfielHistoriek(PortalDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    /// <summary>Who the history names for version 1, the state before the first recorded change.</summary>
    public const string EersteInvoer = "import of eerste invoer";

    /// <summary>
    /// Adds a version with the differences between <paramref name="oud"/> and <paramref name="nieuw"/>. When the
    /// profile has no history yet, its state before this first change is recorded first (as version 1), so that it
    /// can be restored. Returns null when nothing changed and the save is an ordinary change. <paramref name="door"/>
    /// names who made the change when it is not the signed-in person (the import says "import").
    /// </summary>
    public Task<ProfielVersie?> RegistreerAsync(
        ProfielSoort soort,
        Guid profielId,
        (IReadOnlyList<ProfielVeld> Velden, string Json) oud,
        (IReadOnlyList<ProfielVeld> Velden, string Json) nieuw,
        VersieAard aard,
        string omschrijving,
        CancellationToken cancellationToken = default) =>
        RegistreerAsync(soort, profielId, oud, nieuw, aard, omschrijving, door: null, cancellationToken);

    /// <summary>As above, for a change made by <paramref name="door"/> (such as "import") rather than the signed-in person.</summary>
    public async Task<ProfielVersie?> RegistreerAsync(
        ProfielSoort soort,
        Guid profielId,
        (IReadOnlyList<ProfielVeld> Velden, string Json) oud,
        (IReadOnlyList<ProfielVeld> Velden, string Json) nieuw,
        VersieAard aard,
        string omschrijving,
        string? door,
        CancellationToken cancellationToken = default)
    {
        var wijzigingen = Momentopnamen.Verschillen(oud.Velden, nieuw.Velden);
        if (wijzigingen.Count == 0 && aard == VersieAard.Wijziging)
        {
            return null;
        }

        var laatste = await db.ProfielVersies.Where(v => v.Soort == soort && v.ProfielId == profielId)
            .MaxAsync(v => (int?)v.Nummer, cancellationToken) ?? 0;
        var nu = clock.GetUtcNow();
        if (laatste == 0)
        {
            laatste = 1;
            db.ProfielVersies.Add(new ProfielVersie
            {
                Soort = soort,
                ProfielId = profielId,
                Nummer = 1,
                Tijdstip = nu,
                Door = EersteInvoer,
                Aard = VersieAard.Wijziging,
                Omschrijving = "Toestand vóór de eerste wijziging in het portaal",
                Wijzigingen = "[]",
                Momentopname = oud.Json,
            });
        }

        var versie = Versie(soort, profielId, laatste + 1, aard, omschrijving, wijzigingen, nieuw.Json, door);
        db.ProfielVersies.Add(versie);
        return versie;
    }

    /// <summary>
    /// Version 1 of a profile made in the portal (a Beheerder's new organisatie, school or brugfiguur, an approved
    /// proposal), every field as new, by whoever is signed in. Added to the DbContext; saved with the profile itself.
    /// </summary>
    public ProfielVersie RegistreerNieuw(ProfielSoort soort, Guid profielId, (IReadOnlyList<ProfielVeld> Velden, string Json) toestand, string omschrijving)
    {
        var versie = Versie(soort, profielId, 1, VersieAard.Wijziging, omschrijving, Momentopnamen.Verschillen([], toestand.Velden), toestand.Json, door: null);
        db.ProfielVersies.Add(versie);
        return versie;
    }

    private ProfielVersie Versie(
        ProfielSoort soort, Guid profielId, int nummer, VersieAard aard, string omschrijving, IReadOnlyList<VeldWijziging> wijzigingen, string json, string? door)
    {
        var user = http.HttpContext?.User;
        return new ProfielVersie
        {
            Soort = soort,
            ProfielId = profielId,
            Nummer = nummer,
            Tijdstip = clock.GetUtcNow(),
            GebruikerId = door is null ? user?.FindFirstValue(ClaimTypes.NameIdentifier) : null,
            Door = door ?? user?.Identity?.Name ?? "opdrachtregel",
            Aard = aard,
            Omschrijving = omschrijving,
            Wijzigingen = Momentopnamen.Json(wijzigingen),
            Momentopname = json,
        };
    }

    /// <summary>
    /// The one save path of a change to a profile (an organisatie with its aanbod and samenwerkingen, a school, and any
    /// later kind): compare the version the form was built from, take the state before, apply the change, record the
    /// version and save both in one transaction. It lives here, beside the versions it writes, rather than in a service
    /// of its own, so that a profile cannot be saved without its version and the two cannot drift apart. The search
    /// index follows by itself: <see cref="PortalDbContext"/> renews the map's stamp in the same save.
    /// </summary>
    /// <param name="verwachteVersie">The Versie the form was built from; null for a change that starts from the profile as just read.</param>
    /// <param name="toestand">The profile as the history records it, read before and after <paramref name="wijzig"/>.</param>
    /// <param name="wijzig">Applies the change to the tracked profile (and its parts).</param>
    /// <param name="voorOpslaan">Runs with the new version just before the save: for what belongs in the same transaction, such as an audit line.</param>
    public async Task<Bewaarresultaat> BewaarAsync<TProfiel>(
        ProfielSoort soort,
        TProfiel profiel,
        int? verwachteVersie,
        Func<TProfiel, (IReadOnlyList<ProfielVeld> Velden, string Json)> toestand,
        Action<TProfiel> wijzig,
        VersieAard aard,
        string omschrijving,
        Action<ProfielVersie>? voorOpslaan = null,
        CancellationToken cancellationToken = default)
        where TProfiel : class, IBewerkbaarProfiel
    {
        var gelezen = db.Entry(profiel).Property<int>(nameof(Organisatie.Versie)).CurrentValue;
        if (verwachteVersie is { } verwacht && verwacht != gelezen)
        {
            return new Bewaarresultaat.Conflict();
        }

        var oud = toestand(profiel);
        wijzig(profiel);
        profiel.LaatstGewijzigd = clock.GetUtcNow();
        var versie = await RegistreerAsync(soort, profiel.Id, oud, toestand(profiel), aard, omschrijving, cancellationToken);
        if (versie is null)
        {
            return new Bewaarresultaat.NietsGewijzigd();
        }

        db.VerwachtVersie(profiel, gelezen);
        voorOpslaan?.Invoke(versie);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: forget this request's changes, so the next read is fresh.
            db.ChangeTracker.Clear();
            return new Bewaarresultaat.Conflict();
        }

        return new Bewaarresultaat.Bewaard(versie);
    }

    /// <summary>
    /// A profile a Beheerder creates directly: added with its version 1 (every field new) in one save, so its history
    /// starts at its creation. The map's stamp changes in the same save.
    /// </summary>
    public async Task<ProfielVersie> BewaarNieuwAsync<TProfiel>(
        ProfielSoort soort,
        TProfiel profiel,
        Func<TProfiel, (IReadOnlyList<ProfielVeld> Velden, string Json)> toestand,
        Action<ProfielVersie>? voorOpslaan = null,
        CancellationToken cancellationToken = default)
        where TProfiel : class, IBewerkbaarProfiel
    {
        profiel.LaatstGewijzigd = clock.GetUtcNow();
        db.Add(profiel);
        var versie = RegistreerNieuw(soort, profiel.Id, toestand(profiel), "Profiel aangemaakt");
        voorOpslaan?.Invoke(versie);
        await db.SaveChangesAsync(cancellationToken);
        return versie;
    }

    /// <summary>
    /// "De gegevens kloppen nog" (the caller has set the date): a version that changes nothing, saved at once. Null when
    /// another confirmation or change was saved in the same instant; that one counts.
    /// </summary>
    public async Task<ProfielVersie?> BevestigAsync(
        ProfielSoort soort, Guid profielId, (IReadOnlyList<ProfielVeld> Velden, string Json) toestand, CancellationToken cancellationToken = default)
    {
        var versie = await RegistreerAsync(soort, profielId, toestand, toestand, VersieAard.Bevestiging, "Gegevens bevestigd zonder wijziging", cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return versie;
        }
        catch (DbUpdateException)
        {
            return null;
        }
    }

    /// <summary>Every version of the profile, newest first, with <see cref="ProfielVersie.Door"/> as the viewer may see it.</summary>
    public async Task<List<ProfielVersie>> VersiesAsync(ProfielSoort soort, Guid profielId, CancellationToken cancellationToken = default)
    {
        var versies = await db.ProfielVersies.AsNoTracking()
            .Where(v => v.Soort == soort && v.ProfielId == profielId)
            .OrderByDescending(v => v.Nummer)
            .ToListAsync(cancellationToken);
        await ToonDoorAsync(versies, cancellationToken);
        return versies;
    }

    /// <summary>
    /// Replaces the stored actor (an e-mail address) by what the person looking may see: a name and a role, and the
    /// e-mail address only for a Beheerder. Actors without an account ("import", "opdrachtregel") stay as they are.
    /// The versions are detached copies for display; nothing is saved.
    /// </summary>
    private async Task ToonDoorAsync(IReadOnlyList<ProfielVersie> versies, CancellationToken cancellationToken)
    {
        var ids = versies.Select(v => v.GebruikerId).OfType<string>().Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var personen = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.Weergavenaam, u.Email }).ToDictionaryAsync(u => u.Id, cancellationToken);
        var rollen = await (from ur in db.UserRoles
                            join r in db.Roles on ur.RoleId equals r.Id
                            where ids.Contains(ur.UserId)
                            select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var kijker = http.HttpContext?.User;
        var metAdres = kijker is null || kijker.IsInRole(Rollen.Beheerder);
        foreach (var versie in versies.Where(v => v.GebruikerId is not null))
        {
            var rol = Rollen.Alle.FirstOrDefault(r => rollen.Any(x => x.UserId == versie.GebruikerId && x.Name == r));
            if (!personen.TryGetValue(versie.GebruikerId!, out var persoon))
            {
                versie.Door = metAdres ? $"{versie.Door} (account bestaat niet meer)" : "een vroegere gebruiker";
                continue;
            }

            var naam = string.IsNullOrWhiteSpace(persoon.Weergavenaam) ? "iemand zonder naam in het portaal" : persoon.Weergavenaam;
            var details = string.Join(", ", new[] { rol?.ToLowerInvariant(), metAdres ? persoon.Email : null }.OfType<string>());
            versie.Door = details.Length == 0 ? naam : $"{naam} ({details})";
        }
    }

    /// <summary>Version <paramref name="nummer"/> of the profile, or null.</summary>
    public Task<ProfielVersie?> VersieAsync(ProfielSoort soort, Guid profielId, int nummer, CancellationToken cancellationToken = default) =>
        db.ProfielVersies.AsNoTracking()
            .FirstOrDefaultAsync(v => v.Soort == soort && v.ProfielId == profielId && v.Nummer == nummer, cancellationToken);

    /// <summary>"who on when" of the newest version, for the conflict screen; null for a profile without history.</summary>
    public async Task<string?> LaatstBewaardDoorAsync(ProfielSoort soort, Guid profielId, CancellationToken cancellationToken = default)
    {
        var laatste = await db.ProfielVersies.AsNoTracking()
            .Where(v => v.Soort == soort && v.ProfielId == profielId)
            .OrderByDescending(v => v.Nummer).FirstOrDefaultAsync(cancellationToken);
        if (laatste is null)
        {
            return null;
        }

        await ToonDoorAsync([laatste], cancellationToken);
        return $"{laatste.Door} op {BelgischeTijd.Tijdstip(laatste.Tijdstip)}";
    }
}
