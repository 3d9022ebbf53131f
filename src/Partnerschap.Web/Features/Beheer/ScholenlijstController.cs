using System.IO.Compression;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.SocialeKaart.Import.Scholenlijst;

namespace Partnerschap.Web.Features.Beheer;

/// <summary>
/// /beheer/scholenlijst: a Beheerder loads the official list of scholen. First a dry run shows what would change; the
/// dry-run page carries the checked file (compressed, in the form) and its <see cref="ScholenlijstResultaat.Afdruk"/>,
/// so "Toepassen" works on any web instance and applies exactly what was shown, or nothing (docs/import.md).
/// </summary>
[Authorize(Roles = Rollen.Beheerder)]
public sealed class ScholenlijstController(PortalDbContext db, ScholenlijstImporter importer) : Controller
{
    /// <summary>The largest list accepted; the published list is about 3 MB.</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    private const string Pad = "/beheer/scholenlijst";

    [HttpGet("beheer/scholenlijst")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View("Scholenlijst", await ModelAsync(null, null, true, cancellationToken));

    [HttpPost("beheer/scholenlijst/controle")]
    public async Task<IActionResult> Controle(IFormFile? bestand, bool gedeeltelijk, CancellationToken cancellationToken)
    {
        if (bestand is null || bestand.Length == 0)
        {
            return await FoutAsync("bestand", "Kies het CSV-bestand met de officiële lijst van vestigingsplaatsen.", !gedeeltelijk, cancellationToken);
        }

        if (bestand.Length > MaxBytes)
        {
            return await FoutAsync("bestand", string.Create(Infrastructure.Nl.Cultuur, $"Het bestand is {bestand.Length / (1024.0 * 1024):0.0} MB groot; hoogstens {MaxBytes / (1024 * 1024)} MB."), !gedeeltelijk, cancellationToken);
        }

        byte[] inhoud;
        await using (var stream = bestand.OpenReadStream())
        {
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken);
            inhoud = buffer.ToArray();
        }

        var resultaat = await importer.ImportAsync(new MemoryStream(inhoud), toepassen: false, !gedeeltelijk, cancellationToken: cancellationToken);
        return await ControleAsync(resultaat, inhoud, !gedeeltelijk, StatusCodes.Status200OK, cancellationToken);
    }

    [HttpPost("beheer/scholenlijst/toepassen")]
    public async Task<IActionResult> Toepassen(string? inhoud, string? afdruk, bool gedeeltelijk, CancellationToken cancellationToken)
    {
        if (Pak(inhoud) is not { } bestand || string.IsNullOrEmpty(afdruk))
        {
            return await FoutAsync("bestand", "Dit formulier is onvolledig. Kies het bestand opnieuw en controleer het eerst.", !gedeeltelijk, cancellationToken);
        }

        var resultaat = await importer.ImportAsync(new MemoryStream(bestand), toepassen: true, !gedeeltelijk, afdruk, cancellationToken);
        if (!resultaat.Gelukt || resultaat.Verouderd)
        {
            // Something changed since the dry run (or the database refused): show the new dry run, apply nothing.
            return await ControleAsync(resultaat, bestand, !gedeeltelijk, StatusCodes.Status409Conflict, cancellationToken);
        }

        TempData[Statusbericht.Key] = resultaat.NietsTeDoen
            ? "De lijst is ingelezen: er was niets te wijzigen."
            : $"De lijst is ingelezen: {resultaat.Nieuw} nieuw, {resultaat.Gewijzigd} gewijzigd, {resultaat.NietMeerInLijst} niet meer in de officiële lijst.";
        return Redirect(Pad);
    }

    private async Task<IActionResult> ControleAsync(ScholenlijstResultaat resultaat, byte[] bestand, bool volledig, int status, CancellationToken cancellationToken)
    {
        Response.StatusCode = resultaat.Gelukt ? status : StatusCodes.Status400BadRequest;
        var model = await ModelAsync(resultaat, resultaat.Gelukt && !resultaat.NietsTeDoen ? Verpak(bestand) : null, volledig, cancellationToken);
        return View("Scholenlijst", model);
    }

    private async Task<IActionResult> FoutAsync(string veld, string melding, bool volledig, CancellationToken cancellationToken)
    {
        ModelState.AddModelError(veld, melding);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Scholenlijst", await ModelAsync(null, null, volledig, cancellationToken));
    }

    private async Task<ScholenlijstViewModel> ModelAsync(ScholenlijstResultaat? controle, string? inhoud, bool volledig, CancellationToken cancellationToken) =>
        new(controle, inhoud, volledig, await db.Scholen.AsNoTracking()
            .Where(s => s.NietInOfficieleLijstSinds != null)
            .OrderBy(s => s.Naam)
            .Select(s => new NietInLijstRegel(s.Naam, s.Slug, s.Instellingsnummer, s.Vestigingsplaatsnummer, s.NietInOfficieleLijstSinds!.Value))
            .ToListAsync(cancellationToken));

    /// <summary>The checked file in the dry-run form: gzip, base64 (the published list shrinks about ten times).</summary>
    private static string Verpak(byte[] bestand)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize))
        {
            gzip.Write(bestand);
        }

        return Convert.ToBase64String(buffer.ToArray());
    }

    /// <summary>The file back from the form; null when it is not what <see cref="Verpak"/> made or larger than allowed.</summary>
    private static byte[]? Pak(string? inhoud)
    {
        if (string.IsNullOrEmpty(inhoud))
        {
            return null;
        }

        try
        {
            using var gzip = new GZipStream(new MemoryStream(Convert.FromBase64String(inhoud)), CompressionMode.Decompress);
            using var bestand = new MemoryStream();
            var blok = new byte[81920];
            int gelezen;
            while ((gelezen = gzip.Read(blok)) > 0)
            {
                bestand.Write(blok, 0, gelezen);
                if (bestand.Length > MaxBytes)
                {
                    return null;
                }
            }

            return bestand.ToArray();
        }
        catch (Exception ex) when (ex is FormatException or InvalidDataException)
        {
            return null;
        }
    }
}

public sealed record NietInLijstRegel(string Naam, string Slug, string? Instellingsnummer, string? Vestigingsplaatsnummer, DateTimeOffset Sinds);

public sealed record ScholenlijstViewModel(ScholenlijstResultaat? Controle, string? Inhoud, bool Volledig, IReadOnlyList<NietInLijstRegel> NietInLijst);
