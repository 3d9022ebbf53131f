using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure.Audit;

namespace Partnerschap.Web.Features.Onderzoek;

/// <summary>
/// /onderzoek/samenwerkingsscan: the anonymised answers of the partners' scans for an Onderzoeker (only that role: the
/// answers are the partners' own, and a Beheerder who needs them takes the role, which the audit log records). Every
/// download is a line in the audit log.
/// </summary>
[Authorize(Roles = Rollen.Onderzoeker)]
public sealed class OnderzoeksexportController(Onderzoeksexport export, AuditLogger audit) : Controller
{
    [HttpGet("onderzoek/samenwerkingsscan")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await export.LeesAsync(cancellationToken));

    [HttpGet("onderzoek/samenwerkingsscan/antwoorden.csv")]
    public async Task<IActionResult> Antwoorden(CancellationToken cancellationToken)
    {
        var inhoud = await export.LeesAsync(cancellationToken);
        await audit.RegistreerAsync(AuditSoorten.OnderzoeksexportGedownload, "Samenwerkingsscan",
            $"{inhoud.Rijen.Count} scans in het bestand; {inhoud.ZonderToestemming} zonder toestemming en {inhoud.TeKleineGroep} in te kleine groepen weggelaten.",
            cancellationToken: cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return File(OnderzoeksexportCsv.Maak(inhoud), "text/csv; charset=utf-8", "samenwerkingsscan-antwoorden.csv");
    }
}
