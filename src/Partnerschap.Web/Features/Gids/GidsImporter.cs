using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Gids;

/// <summary>
/// Reads chapters from Markdown files with front matter (<c>seeds/gids/*.md</c>). All or nothing: every file is read
/// and checked first; an error names the file and line. A new chapter is added; a chapter that nobody changed in the
/// portal is updated when its file differs; a chapter changed in the portal is never overwritten, and the result says so.
/// </summary>
public sealed class GidsImporter(PortalDbContext db, TimeProvider clock, ILogger<GidsImporter> logger)
{
    public static string SeedMap => Path.Combine(AppContext.BaseDirectory, "seeds", "gids");

    /// <summary>The first start: loads the shipped chapters when the guide is still empty.</summary>
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(SeedMap) || await db.Hoofdstukken.AnyAsync(cancellationToken))
        {
            return;
        }

        var resultaat = await ImportAsync(SeedMap, cancellationToken);
        if (!resultaat.Gelukt)
        {
            throw new InvalidOperationException("De hoofdstukken van de gids konden niet geladen worden:\n" + string.Join("\n", resultaat.Fouten));
        }

        logger.LogInformation("Gids geladen: {Aantal} hoofdstukken", resultaat.Regels.Count);
    }

    public async Task<GidsImportResultaat> ImportAsync(string map, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(map))
        {
            return new GidsImportResultaat([], [$"De map {map} bestaat niet."]);
        }

        var fouten = new List<string>();
        var gelezen = new List<GelezenHoofdstuk>();
        foreach (var bestand in Directory.GetFiles(map, "*.md").Order(StringComparer.Ordinal))
        {
            var hoofdstuk = Lees(bestand, await File.ReadAllTextAsync(bestand, cancellationToken), fouten);
            if (hoofdstuk is not null)
            {
                gelezen.Add(hoofdstuk);
            }
        }

        foreach (var dubbel in gelezen.GroupBy(h => h.Slug).Where(g => g.Count() > 1))
        {
            fouten.Add($"De slug '{dubbel.Key}' staat in meer dan één bestand: {string.Join(", ", dubbel.Select(h => Path.GetFileName(h.Bestand)))}.");
        }

        if (fouten.Count > 0)
        {
            return new GidsImportResultaat([], fouten);
        }

        var regels = new List<string>();
        var nu = clock.GetUtcNow();
        var bestaand = await db.Hoofdstukken.Include(h => h.Versies).ToDictionaryAsync(h => h.Slug, cancellationToken);
        foreach (var nieuw in gelezen)
        {
            if (!bestaand.TryGetValue(nieuw.Slug, out var hoofdstuk))
            {
                hoofdstuk = new Hoofdstuk { Id = Guid.NewGuid(), Slug = nieuw.Slug, Titel = nieuw.Titel };
                db.Hoofdstukken.Add(hoofdstuk);
                Pas(hoofdstuk, nieuw, nu);
                regels.Add($"{nieuw.Slug}: nieuw ({Path.GetFileName(nieuw.Bestand)}).");
                continue;
            }

            if (hoofdstuk.GewijzigdInPortaal)
            {
                regels.Add($"{nieuw.Slug}: niet overschreven, want het werd in het portaal gewijzigd.");
                continue;
            }

            var laatste = hoofdstuk.Versies.MaxBy(v => v.Nummer);
            if (laatste is not null && laatste.Tekst == nieuw.Tekst && laatste.Titel == nieuw.Titel && laatste.Samenvatting == nieuw.Samenvatting &&
                hoofdstuk.Groep == nieuw.Groep && hoofdstuk.Volgorde == nieuw.Volgorde && hoofdstuk.LaatstNagekeken == nieuw.LaatstNagekeken)
            {
                regels.Add($"{nieuw.Slug}: ongewijzigd.");
                continue;
            }

            Pas(hoofdstuk, nieuw, nu);
            regels.Add($"{nieuw.Slug}: bijgewerkt uit {Path.GetFileName(nieuw.Bestand)}.");
        }

        await db.SaveChangesAsync(cancellationToken);
        return new GidsImportResultaat(regels, []);
    }

    private static void Pas(Hoofdstuk hoofdstuk, GelezenHoofdstuk nieuw, DateTimeOffset nu)
    {
        var nummer = (hoofdstuk.Versies.Count == 0 ? 0 : hoofdstuk.Versies.Max(v => v.Nummer)) + 1;
        hoofdstuk.Versies.Add(new HoofdstukVersie
        {
            HoofdstukId = hoofdstuk.Id,
            Nummer = nummer,
            Titel = nieuw.Titel,
            Samenvatting = nieuw.Samenvatting,
            Tekst = nieuw.Tekst,
            Auteur = "import",
            Notitie = "Ingeladen uit " + Path.GetFileName(nieuw.Bestand),
            Tijdstip = nu,
        });
        hoofdstuk.Titel = nieuw.Titel;
        hoofdstuk.Samenvatting = nieuw.Samenvatting;
        hoofdstuk.Groep = nieuw.Groep;
        hoofdstuk.Volgorde = nieuw.Volgorde;
        hoofdstuk.LaatstNagekeken = nieuw.LaatstNagekeken;
        hoofdstuk.Status = nieuw.Status;
        hoofdstuk.GepubliceerdeVersie = nieuw.Status == HoofdstukStatus.Gepubliceerd ? nummer : hoofdstuk.GepubliceerdeVersie;
    }

    /// <summary>Front matter between two "---" lines: <c>sleutel: waarde</c> per line; then the Markdown body.</summary>
    public static GelezenHoofdstuk? Lees(string bestand, string inhoud, List<string> fouten)
    {
        var naam = Path.GetFileName(bestand);
        var regels = inhoud.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (regels.Length == 0 || regels[0].Trim() != "---")
        {
            fouten.Add($"{naam}, regel 1: het bestand begint niet met '---' (de gegevens van het hoofdstuk).");
            return null;
        }

        var velden = new Dictionary<string, (string Waarde, int Regel)>(StringComparer.Ordinal);
        var einde = -1;
        for (var i = 1; i < regels.Length; i++)
        {
            if (regels[i].Trim() == "---")
            {
                einde = i;
                break;
            }

            if (string.IsNullOrWhiteSpace(regels[i]))
            {
                continue;
            }

            var dubbelepunt = regels[i].IndexOf(':', StringComparison.Ordinal);
            if (dubbelepunt <= 0)
            {
                fouten.Add($"{naam}, regel {i + 1}: verwacht 'sleutel: waarde'.");
                continue;
            }

            velden[regels[i][..dubbelepunt].Trim()] = (regels[i][(dubbelepunt + 1)..].Trim().Trim('"'), i + 1);
        }

        if (einde < 0)
        {
            fouten.Add($"{naam}: de gegevens bovenaan worden niet afgesloten met '---'.");
            return null;
        }

        string Verplicht(string sleutel)
        {
            if (velden.TryGetValue(sleutel, out var v) && v.Waarde.Length > 0)
            {
                return v.Waarde;
            }

            fouten.Add($"{naam}: '{sleutel}' ontbreekt bovenaan.");
            return string.Empty;
        }

        var aantalFouten = fouten.Count;
        var slug = Verplicht("slug");
        var titel = Verplicht("titel");
        var groepTekst = Verplicht("groep");
        var volgordeTekst = Verplicht("volgorde");
        var statusTekst = velden.TryGetValue("status", out var s) ? s.Waarde : "concept";
        if (slug.Length > 0 && !System.Text.RegularExpressions.Regex.IsMatch(slug, "^[a-z0-9][a-z0-9-]{0,99}$"))
        {
            fouten.Add($"{naam}, regel {velden["slug"].Regel}: de slug '{slug}' mag alleen kleine letters, cijfers en streepjes bevatten.");
        }

        if (GidsController.GereserveerdeSlugs.Contains(slug))
        {
            fouten.Add($"{naam}, regel {velden["slug"].Regel}: de slug '{slug}' is voorbehouden voor een pagina van het portaal.");
        }

        if (titel.Length > 200)
        {
            fouten.Add($"{naam}, regel {velden["titel"].Regel}: de titel heeft meer dan 200 tekens.");
        }

        if (groepTekst.Length > 0 && !Enum.TryParse<GidsGroep>(groepTekst, ignoreCase: true, out _))
        {
            fouten.Add($"{naam}, regel {velden["groep"].Regel}: onbekende groep '{groepTekst}'. Kies uit {string.Join(", ", Enum.GetNames<GidsGroep>())}.");
        }

        if (volgordeTekst.Length > 0 && !int.TryParse(volgordeTekst, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            fouten.Add($"{naam}, regel {velden["volgorde"].Regel}: 'volgorde' is geen geheel getal.");
        }

        if (!Enum.TryParse<HoofdstukStatus>(statusTekst, ignoreCase: true, out var status) || !Enum.IsDefined(status))
        {
            fouten.Add($"{naam}, regel {velden["status"].Regel}: onbekende status '{statusTekst}' (concept, gepubliceerd of gearchiveerd).");
        }

        DateOnly? nagekeken = null;
        if (velden.TryGetValue("laatst_nagekeken", out var n) && n.Waarde.Length > 0)
        {
            if (DateOnly.TryParseExact(n.Waarde, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                nagekeken = d;
            }
            else
            {
                fouten.Add($"{naam}, regel {n.Regel}: 'laatst_nagekeken' is geen datum als 2026-11-01.");
            }
        }

        if (fouten.Count > aantalFouten)
        {
            return null;
        }

        return new GelezenHoofdstuk(
            bestand, slug, titel, velden.TryGetValue("samenvatting", out var sv) ? sv.Waarde : string.Empty,
            Enum.Parse<GidsGroep>(groepTekst, ignoreCase: true), int.Parse(volgordeTekst, CultureInfo.InvariantCulture), status, nagekeken,
            string.Join('\n', regels.Skip(einde + 1)).Trim() + "\n");
    }
}
