using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Infrastructure.Seeding;

/// <summary>
/// Loads <c>seeds/hulpvragen.json</c>, the starting list of the hulpvragen vocabulary, into the Hulpvragen table when
/// that table is empty, in every environment (the search needs it in production too). After that the table is the
/// live list and a Beheerder edits it; the file is never read again for that database (docs/hulpvragen.md).
/// </summary>
public sealed class HulpvraagSeeder(PortalDbContext db, ILogger<HulpvraagSeeder> logger)
{
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "seeds", "hulpvragen.json");

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Hulpvragen.AnyAsync(cancellationToken) || !File.Exists(DefaultPath))
        {
            return;
        }

        var hulpvragen = Lees(DefaultPath);
        db.Hulpvragen.AddRange(hulpvragen);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Hulpvragen geladen uit {Bestand}: {Aantal} hulpvragen", DefaultPath, hulpvragen.Count);
    }

    /// <summary>The concepts of a hulpvragen file (format in docs/hulpvragen.md); optional fields may be missing.</summary>
    public static List<Hulpvraag> Lees(string pad)
    {
        using var stroom = File.OpenRead(pad);
        using var document = JsonDocument.Parse(stroom);
        var hulpvragen = new List<Hulpvraag>();
        foreach (var concept in document.RootElement.GetProperty("concepten").EnumerateArray())
        {
            List<string> Lijst(string veld) =>
                concept.TryGetProperty(veld, out var lijst) ? [.. lijst.EnumerateArray().Select(e => e.GetString() ?? string.Empty).Where(e => e.Length > 0)] : [];
            string? Tekst(string veld) => concept.TryGetProperty(veld, out var tekst) ? tekst.GetString() : null;
            var code = Tekst("code") ?? throw new InvalidDataException($"{pad}: een concept zonder code.");
            hulpvragen.Add(new Hulpvraag
            {
                Code = code,
                Label = Tekst("label") ?? code,
                Levensdomein = Tekst("levensdomein"),
                Termen = Lijst("termen"),
                Zoekt = Lijst("zoekt"),
                Aanleidingen = Lijst("aanleidingen"),
                Organisatietypes = Lijst("organisatietypes"),
            });
        }

        return hulpvragen;
    }
}
