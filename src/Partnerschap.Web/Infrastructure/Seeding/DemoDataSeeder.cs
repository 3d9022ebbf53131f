using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Features.SocialeKaart.Import;

namespace Partnerschap.Web.Infrastructure.Seeding;

/// <summary>
/// On the first start of a demo environment (Portal:DemoOmgeving), loads the fictional demo set from
/// seeds/demo through the same import an operator uses. Never runs when any organisation exists.
/// </summary>
public sealed class DemoDataSeeder(PortalDbContext db, SocialeKaartImporter importer, ILogger<DemoDataSeeder> logger)
{
    public static IReadOnlyList<string> Files =>
    [
        Path.Combine(AppContext.BaseDirectory, "seeds", "demo", "organisaties.hsds.json"),
        Path.Combine(AppContext.BaseDirectory, "seeds", "demo", "scholen.json"),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Organisaties.AnyAsync(cancellationToken) || !Files.All(File.Exists))
        {
            return;
        }

        var result = await importer.ImportAsync(Files, cancellationToken: cancellationToken);
        if (!result.Gelukt)
        {
            throw new InvalidOperationException("De demogegevens konden niet geladen worden:\n" + string.Join("\n", result.Fouten.Take(20)));
        }

        logger.LogInformation("Demogegevens geladen: {Organisaties} organisaties, {Scholen} scholen", result.Organisaties, result.Scholen);
    }
}
