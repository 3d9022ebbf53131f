using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Infrastructure.Seeding;

/// <summary>
/// Loads seeds/gemeenten.csv (the 319 municipalities of Flanders and Brussels) into the Gemeenten table:
/// inserts what is missing and updates what changed, so a newer official list can simply replace the file.
/// </summary>
public sealed class GemeenteSeeder(PortalDbContext db, ILogger<GemeenteSeeder> logger)
{
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "seeds", "gemeenten.csv");

    public async Task SeedAsync(string? path = null, CancellationToken cancellationToken = default)
    {
        var rows = Read(path ?? DefaultPath);
        var existing = await db.Gemeenten.ToDictionaryAsync(g => g.NisCode, cancellationToken);
        var added = 0;
        foreach (var row in rows)
        {
            if (existing.TryGetValue(row.NisCode, out var gemeente))
            {
                gemeente.Naam = row.Naam;
                gemeente.NaamFr = row.NaamFr;
                gemeente.Provincie = row.Provincie;
                gemeente.Gewest = row.Gewest;
                gemeente.Latitude = row.Latitude;
                gemeente.Longitude = row.Longitude;
                gemeente.Postcodes = row.Postcodes;
                gemeente.Fusiegemeente2025 = row.Fusiegemeente2025;
            }
            else
            {
                db.Gemeenten.Add(row);
                added++;
            }
        }

        var changed = await db.SaveChangesAsync(cancellationToken);
        if (changed > 0)
        {
            logger.LogInformation("Gemeenten bijgewerkt: {Toegevoegd} nieuw, {Gewijzigd} rijen gewijzigd", added, changed);
        }
    }

    public static List<Gemeente> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(';');
        string[] expected = ["nis_code", "naam", "naam_fr", "provincie", "gewest", "lat", "lon", "postcodes", "fusiegemeente_2025"];
        if (!header.SequenceEqual(expected))
        {
            throw new InvalidDataException($"{path}: onverwachte kolommen '{lines[0]}'.");
        }

        return [.. lines.Skip(1).Where(l => l.Length > 0).Select((line, index) =>
        {
            var f = line.Split(';');
            if (f.Length != expected.Length)
            {
                throw new InvalidDataException($"{path}, regel {index + 2}: {f.Length} velden in plaats van {expected.Length}.");
            }

            return new Gemeente
            {
                NisCode = f[0],
                Naam = f[1],
                NaamFr = string.IsNullOrEmpty(f[2]) ? null : f[2],
                Provincie = f[3],
                Gewest = f[4],
                Latitude = double.Parse(f[5], CultureInfo.InvariantCulture),
                Longitude = double.Parse(f[6], CultureInfo.InvariantCulture),
                Postcodes = f[7],
                Fusiegemeente2025 = string.IsNullOrEmpty(f[8]) ? null : f[8],
            };
        })];
    }
}
