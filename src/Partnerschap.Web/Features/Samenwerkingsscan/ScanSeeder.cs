using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Samenwerkingsscan;

/// <summary>
/// Loads <c>seeds/samenwerkingsscan/scan.json</c> as version 1 of the scan when the database has no version yet, in
/// every environment (the scan is part of the product). After that an Onderzoeker revises it in the portal and the file
/// is not read again for that database. A file that fails the checks stops the start with every problem listed.
/// </summary>
public sealed class ScanSeeder(PortalDbContext db, TimeProvider clock, ILogger<ScanSeeder> logger)
{
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "seeds", "samenwerkingsscan", "scan.json");

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.ScanVersies.AnyAsync(cancellationToken) || !File.Exists(DefaultPath))
        {
            return;
        }

        var json = await File.ReadAllTextAsync(DefaultPath, cancellationToken);
        var (inhoud, fouten) = ScanInhoud.Lees(json);
        if (inhoud is null)
        {
            throw new InvalidDataException($"{DefaultPath} is ongeldig: {string.Join(" ", fouten)}");
        }

        db.ScanVersies.Add(new ScanVersie
        {
            Nummer = 1,
            Inhoud = inhoud.NaarJson(),
            Auteur = "seeds/samenwerkingsscan/scan.json",
            Notitie = "Eerste versie",
            Tijdstip = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Samenwerkingsscan geladen uit {Bestand}: {Themas} thema's, {Stellingen} stellingen",
            DefaultPath, inhoud.Themas.Count, inhoud.Stellingen.Count());
    }
}
