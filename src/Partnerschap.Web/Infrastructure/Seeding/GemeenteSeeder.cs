using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Infrastructure.Seeding;

/// <summary>
/// Loads seeds/gemeenten.csv (the 319 municipalities of Flanders and Brussels) into the Gemeenten table and
/// seeds/deelgemeenten.csv (the places with a postcode) into Deelgemeenten: inserts what is missing and updates what
/// changed, so a newer official list can simply replace the file. Deelgemeenten no longer in the file are removed
/// (nothing refers to them).
/// </summary>
public sealed class GemeenteSeeder(PortalDbContext db, ILogger<GemeenteSeeder> logger)
{
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "seeds", "gemeenten.csv");

    public static string DeelgemeentenPath => Path.Combine(AppContext.BaseDirectory, "seeds", "deelgemeenten.csv");

    public async Task SeedAsync(string? path = null, CancellationToken cancellationToken = default)
    {
        var rows = Lees(path ?? DefaultPath);
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

        // Only with the shipped list of gemeenten: a test that seeds a list of its own has no deelgemeenten for it.
        if (path is null)
        {
            await SeedDeelgemeentenAsync(LeesDeelgemeenten(DeelgemeentenPath), cancellationToken);
        }
    }

    private async Task SeedDeelgemeentenAsync(List<Deelgemeente> rows, CancellationToken cancellationToken)
    {
        var existing = await db.Deelgemeenten.ToDictionaryAsync(d => (d.Postcode, d.Naam), cancellationToken);
        foreach (var row in rows)
        {
            if (existing.Remove((row.Postcode, row.Naam), out var deelgemeente))
            {
                deelgemeente.NisCode = row.NisCode;
                deelgemeente.Latitude = row.Latitude;
                deelgemeente.Longitude = row.Longitude;
                deelgemeente.AndereNamen = row.AndereNamen;
            }
            else
            {
                db.Deelgemeenten.Add(row);
            }
        }

        db.Deelgemeenten.RemoveRange(existing.Values);
        var changed = await db.SaveChangesAsync(cancellationToken);
        if (changed > 0)
        {
            logger.LogInformation("Deelgemeenten bijgewerkt: {Gewijzigd} rijen", changed);
        }
    }

    public static List<Deelgemeente> LeesDeelgemeenten(string path) =>
        ReadCsv(path, ["postcode", "plaatsnaam", "nis_code", "gemeente", "lat", "lon", "andere_namen"], f => new Deelgemeente
        {
            Postcode = f[0],
            Naam = f[1],
            NisCode = f[2],
            Latitude = double.Parse(f[4], CultureInfo.InvariantCulture),
            Longitude = double.Parse(f[5], CultureInfo.InvariantCulture),
            AndereNamen = string.IsNullOrEmpty(f[6]) ? null : f[6],
        });

    public static List<Gemeente> Lees(string path) =>
        ReadCsv(path, ["nis_code", "naam", "naam_fr", "provincie", "gewest", "lat", "lon", "postcodes", "fusiegemeente_2025"], f => new Gemeente
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
        });

    private static List<T> ReadCsv<T>(string path, string[] expected, Func<string[], T> row)
    {
        var lines = File.ReadAllLines(path);
        if (!lines[0].Split(';').SequenceEqual(expected))
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

            return row(f);
        })];
    }
}
