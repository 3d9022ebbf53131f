using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Net.Http.Headers;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;
using Partnerschap.Web.Infrastructure.Security;

namespace Partnerschap.Web.Features.Api.Hsds;

/// <summary>
/// /api/hsds: the public profiles of the sociale kaart, read-only, in Open Referral HSDS 3.1 (docs/api.md, ADR 0014).
/// Every answer is JSON, also an error; every GET may be read from any website (CORS) and is cached by ETag.
/// </summary>
[AllowAnonymous]
[Route("api/hsds")]
[EnableRateLimiting(RateLimits.Api)]
[OpenVoorAlleWebsites]
public sealed class HsdsController(HsdsQueries queries, KaartIndexProvider indexProvider) : ControllerBase
{
    public const string Versie = "3.1";

    /// <summary>Readable in any language (é, not \u00E9), but still escaped where HTML would see markup.</summary>
    public static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    [HttpGet("")]
    public async Task<IActionResult> Info(CancellationToken cancellationToken)
    {
        var export = await queries.ExportAsync(Request, cancellationToken);
        return await AntwoordAsync(_ => Task.FromResult<(JsonNode, DateTimeOffset?)>((new JsonObject
        {
            ["version"] = Versie,
            ["profile"] = export.Adres("/open-data#profiel"),
            ["openapi_url"] = export.Adres("/api/hsds/openapi.json"),
        }, null)), cancellationToken);
    }

    [HttpGet("services")]
    public async Task<IActionResult> Services(CancellationToken cancellationToken)
    {
        var (vraag, zoek, export, fout) = await LijstvraagAsync(metPlaats: false, cancellationToken);
        if (fout is not null)
        {
            return fout;
        }

        if (vraag.Ndjson)
        {
            return await NdjsonAsync(async (catalogus, schrijf) =>
            {
                await foreach (var aanbod in queries.AlleAanbodAsync(HsdsFilters.Aanbod(catalogus, vraag, zoek), cancellationToken))
                {
                    await schrijf(export.Aanbod(aanbod, aanbod.Organisatie!, volledig: true));
                }
            }, cancellationToken);
        }

        return await AntwoordAsync(async catalogus =>
        {
            var (pagina, ids) = Pagina(HsdsFilters.Aanbod(catalogus, vraag, zoek).Select(a => a.Id), vraag);
            var aanbod = await queries.AanbodAsync(ids, cancellationToken);
            pagina["contents"] = new JsonArray([.. aanbod.Select(a => vraag.Minimal
                ? new JsonObject { ["id"] = a.Id.ToString(), ["last_modified"] = export.Aanbod(a, a.Organisatie!, volledig: false)["last_modified"]!.DeepClone() }
                : export.Aanbod(a, a.Organisatie!, vraag.Full))]);
            return (pagina, Nieuwste(aanbod.Select(a => a.Organisatie!)));
        }, cancellationToken);
    }

    [HttpGet("services/{id}")]
    public async Task<IActionResult> Service(string id, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var guid) || await queries.AanbodAsync([guid], cancellationToken) is not [var aanbod])
        {
            return NietGevonden("aanbod (service)", id);
        }

        var export = await queries.ExportAsync(Request, cancellationToken);
        return await AntwoordAsync(_ => Task.FromResult<(JsonNode, DateTimeOffset?)>(
            (export.Aanbod(aanbod, aanbod.Organisatie!, volledig: true), aanbod.Organisatie!.LaatstGewijzigd)), cancellationToken);
    }

    [HttpGet("organizations")]
    public async Task<IActionResult> Organizations(CancellationToken cancellationToken)
    {
        var (vraag, zoek, export, fout) = await LijstvraagAsync(metPlaats: false, cancellationToken);
        if (fout is not null)
        {
            return fout;
        }

        if (vraag.Ndjson)
        {
            return await NdjsonAsync(async (catalogus, schrijf) =>
            {
                foreach (var partij in HsdsFilters.Organisaties(catalogus, zoek).Chunk(HsdsQueries.Partij))
                {
                    foreach (var organisatie in await queries.OrganisatiesAsync([.. partij.Select(o => o.Id)], metAanbod: true, cancellationToken))
                    {
                        await schrijf(export.Organisatie(organisatie, genest: true, volledigAanbod: vraag.FullService));
                    }
                }
            }, cancellationToken);
        }

        return await AntwoordAsync(async catalogus =>
        {
            var (pagina, ids) = Pagina(HsdsFilters.Organisaties(catalogus, zoek).Select(o => o.Id), vraag);
            var genest = vraag.Full || vraag.FullService;
            var organisaties = await queries.OrganisatiesAsync(ids, metAanbod: genest, cancellationToken);
            pagina["contents"] = new JsonArray([.. organisaties.Select(o => export.Organisatie(o, genest, vraag.FullService))]);
            return (pagina, Nieuwste(organisaties));
        }, cancellationToken);
    }

    [HttpGet("organizations/{id}")]
    public async Task<IActionResult> Organization(string id, CancellationToken cancellationToken)
    {
        var vraag = HsdsVraag.Lees(Request.Query);
        if (!Guid.TryParse(id, out var guid) || await queries.OrganisatiesAsync([guid], metAanbod: true, cancellationToken) is not [var organisatie])
        {
            return NietGevonden("organisatie (organization)", id);
        }

        if (vraag.Fouten.Count > 0)
        {
            return Fout(StatusCodes.Status400BadRequest, string.Join(" ", vraag.Fouten));
        }

        var export = await queries.ExportAsync(Request, cancellationToken);
        return await AntwoordAsync(_ => Task.FromResult<(JsonNode, DateTimeOffset?)>(
            (export.Organisatie(organisatie, genest: true, vraag.FullService), organisatie.LaatstGewijzigd)), cancellationToken);
    }

    [HttpGet("service_at_locations")]
    public async Task<IActionResult> ServiceAtLocations(CancellationToken cancellationToken)
    {
        var (vraag, zoek, export, fout) = await LijstvraagAsync(metPlaats: true, cancellationToken);
        if (fout is not null)
        {
            return fout;
        }

        if (vraag.Ndjson)
        {
            return await NdjsonAsync(async (catalogus, schrijf) =>
            {
                foreach (var partij in HsdsFilters.Plekken(catalogus, HsdsFilters.Aanbod(catalogus, vraag, zoek), vraag, zoek).Chunk(HsdsQueries.Partij))
                {
                    await foreach (var json in PlekkenAsync(partij, export, volledig: true, cancellationToken))
                    {
                        await schrijf(json);
                    }
                }
            }, cancellationToken);
        }

        return await AntwoordAsync(async catalogus =>
        {
            var plekken = HsdsFilters.Plekken(catalogus, HsdsFilters.Aanbod(catalogus, vraag, zoek), vraag, zoek).ToList();
            var (pagina, _) = Pagina(plekken.Select(p => p.Id), vraag);
            var opId = plekken.ToDictionary(p => p.Id);
            var gekozen = plekken.Skip((vraag.Pagina - 1) * vraag.PerPagina).Take(vraag.PerPagina).ToList();
            var contents = new JsonArray();
            DateTimeOffset? nieuwste = null;
            await foreach (var json in PlekkenAsync(gekozen, export, vraag.Full, cancellationToken))
            {
                contents.Add(json);
            }

            foreach (var plek in gekozen)
            {
                nieuwste = Max(nieuwste, plek.Aanbod.Organisatie.LaatstGewijzigd);
            }

            pagina["contents"] = contents;
            return (pagina, nieuwste);
        }, cancellationToken);
    }

    [HttpGet("service_at_locations/{id}")]
    public async Task<IActionResult> ServiceAtLocation(string id, CancellationToken cancellationToken)
    {
        var catalogus = await queries.CatalogusAsync(await queries.StempelAsync(cancellationToken), cancellationToken);
        if (!Guid.TryParse(id, out var guid) || !catalogus.PlekkenOpId.TryGetValue(guid, out var plek) ||
            await queries.AanbodAsync([plek.Aanbod.Id], cancellationToken) is not [var aanbod] || aanbod.Locaties.Count <= plek.Index)
        {
            return NietGevonden("aanbod op een adres (service_at_location)", id);
        }

        var export = await queries.ExportAsync(Request, cancellationToken);
        return await AntwoordAsync(_ => Task.FromResult<(JsonNode, DateTimeOffset?)>(
            (export.ServiceAtLocation(aanbod, aanbod.Organisatie!, plek.Index, volledig: true), aanbod.Organisatie!.LaatstGewijzigd)), cancellationToken);
    }

    [HttpGet("taxonomies")]
    public async Task<IActionResult> Taxonomies(CancellationToken cancellationToken)
    {
        var vraag = HsdsVraag.Lees(Request.Query);
        if (vraag.Fouten.Count > 0)
        {
            return Fout(StatusCodes.Status400BadRequest, string.Join(" ", vraag.Fouten));
        }

        var export = await queries.ExportAsync(Request, cancellationToken);
        var lijst = HsdsTaxonomieen.Alle.Where(t => Past(vraag.Zoek, t.Code, t.Beschrijving)).ToList();
        return await LijstAsync(lijst, vraag, t => export.Taxonomie(t), cancellationToken);
    }

    [HttpGet("taxonomies/{id}")]
    public async Task<IActionResult> Taxonomy(string id, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var guid) || HsdsTaxonomieen.Vind(guid) is not { } taxonomie)
        {
            return NietGevonden("taxonomie", id);
        }

        var export = await queries.ExportAsync(Request, cancellationToken);
        return await AntwoordAsync(_ => Task.FromResult<(JsonNode, DateTimeOffset?)>((export.Taxonomie(taxonomie), null)), cancellationToken);
    }

    [HttpGet("taxonomy_terms")]
    public async Task<IActionResult> TaxonomyTerms(CancellationToken cancellationToken)
    {
        var vraag = HsdsVraag.Lees(Request.Query);
        if (Request.Query["parent_id"].FirstOrDefault() is { Length: > 0 } ouder && !Guid.TryParse(ouder, out _))
        {
            vraag.Fouten.Add($"parent_id '{ouder}' is geen geldige id (een UUID).");
        }

        if (vraag.Fouten.Count > 0)
        {
            return Fout(StatusCodes.Status400BadRequest, string.Join(" ", vraag.Fouten));
        }

        // The portal's vocabularies are flat: every term is a top term, none has a parent.
        var export = await queries.ExportAsync(Request, cancellationToken);
        var lijst = HsdsTaxonomieen.Alle
            .Where(t => vraag.Taxonomie is null || vraag.Taxonomie == t)
            .SelectMany(t => t.Termen.Select(term => (Taxonomie: t, Term: term)))
            .Where(x => Request.Query["parent_id"].FirstOrDefault() is not { Length: > 0 } && Past(vraag.Zoek, x.Term.Code, x.Term.Label, x.Term.Uitleg))
            .ToList();
        return await LijstAsync(lijst, vraag, x => export.Term(x.Taxonomie, x.Term), cancellationToken);
    }

    [HttpGet("taxonomy_terms/{id}")]
    public async Task<IActionResult> TaxonomyTerm(string id, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var guid) || HsdsTaxonomieen.VindTerm(guid) is not { } gevonden)
        {
            return NietGevonden("term (taxonomy_term)", id);
        }

        var (taxonomie, term) = gevonden;
        var export = await queries.ExportAsync(Request, cancellationToken);
        return await AntwoordAsync(_ => Task.FromResult<(JsonNode, DateTimeOffset?)>((export.Term(taxonomie, term, metTaxonomie: true), null)), cancellationToken);
    }

    /// <summary>Any other address under /api/hsds: a JSON 404 rather than the portal's HTML page.</summary>
    [HttpGet("{**pad}")]
    public IActionResult Onbekend(string pad) =>
        Fout(StatusCodes.Status404NotFound, $"/api/hsds/{pad} bestaat niet. Wat de API aanbiedt, staat op /api/hsds/openapi.json.");

    /// <summary>The JSON error of the API (docs/api.md): the status again, and a Dutch message.</summary>
    public static ObjectResult Fout(int status, string melding) =>
        new(new JsonObject { ["status"] = status, ["message"] = melding }) { StatusCode = status, ContentTypes = { "application/json" } };

    private static ObjectResult NietGevonden(string wat, string id) =>
        Fout(StatusCodes.Status404NotFound, Guid.TryParse(id, out _)
            ? $"Er is geen {wat} met id {id}."
            : $"'{Inkorten(id)}' is geen geldige id: de ids van deze API zijn UUID's (zoals 3f7b145d-84af-42d7-8fae-eaca714b02b2).");

    private static string Inkorten(string tekst) => tekst.Length > 60 ? tekst[..60] + "…" : tekst;

    /// <summary>The parameters of a list, its search, and the mapping; or the 400 that says what is wrong with them.</summary>
    private async Task<(HsdsVraag Vraag, HsdsZoekresultaat? Zoek, HsdsExport Export, IActionResult? Fout)> LijstvraagAsync(bool metPlaats, CancellationToken cancellationToken)
    {
        var vraag = HsdsVraag.Lees(Request.Query);
        HsdsFilters.Controleer(vraag);
        var zoek = await ZoekAsync(vraag, metPlaats, cancellationToken);
        var export = await queries.ExportAsync(Request, cancellationToken);
        return (vraag, zoek, export, vraag.Fouten.Count > 0 ? Fout(StatusCodes.Status400BadRequest, string.Join(" ", vraag.Fouten)) : null);
    }

    private async Task<HsdsZoekresultaat?> ZoekAsync(HsdsVraag vraag, bool metPlaats, CancellationToken cancellationToken)
    {
        if (vraag.Fouten.Count > 0 || (vraag.Zoek is null && (!metPlaats || vraag.Postcode is null)))
        {
            return null;
        }

        return HsdsFilters.Zoek(await indexProvider.GetAsync(cancellationToken), vraag, metPlaats, vraag.Fouten);
    }

    /// <summary>The HSDS <c>Page</c> of a list (without contents) and the ids on the page asked for.</summary>
    /// <summary>
    /// One pass over the filtered list: counts it and keeps only the ids of the page asked. (Collecting the whole list
    /// to count it put 19,000 ids on the large-object heap per request at 10,000 organisations; see performance.md.)
    /// </summary>
    private static (JsonObject Pagina, IReadOnlyList<Guid> Ids) Pagina(IEnumerable<Guid> alle, HsdsVraag vraag)
    {
        var begin = (long)(vraag.Pagina - 1) * vraag.PerPagina;
        var ids = new List<Guid>(vraag.PerPagina);
        var totaal = 0;
        foreach (var id in alle)
        {
            if (totaal >= begin && ids.Count < vraag.PerPagina)
            {
                ids.Add(id);
            }

            totaal++;
        }

        return (PaginaObject(totaal, ids.Count, vraag), ids);
    }

    private static JsonObject PaginaObject(int totaal, int grootte, HsdsVraag vraag)
    {
        var paginas = (totaal + vraag.PerPagina - 1) / vraag.PerPagina;
        return new JsonObject
        {
            ["total_items"] = totaal,
            ["total_pages"] = paginas,
            ["page_number"] = vraag.Pagina,
            ["size"] = grootte,
            ["first_page"] = vraag.Pagina == 1,
            ["last_page"] = vraag.Pagina >= paginas,
            ["empty"] = grootte == 0,
        };
    }

    /// <summary>A list that is not about profiles (taxonomies, terms): paged in memory.</summary>
    private Task<IActionResult> LijstAsync<T>(IReadOnlyList<T> lijst, HsdsVraag vraag, Func<T, JsonObject> json, CancellationToken cancellationToken) =>
        AntwoordAsync(_ =>
        {
            var pagina = lijst.Skip((vraag.Pagina - 1) * vraag.PerPagina).Take(vraag.PerPagina).ToList();
            var antwoord = PaginaObject(lijst.Count, pagina.Count, vraag);
            antwoord["contents"] = new JsonArray([.. pagina.Select(json)]);
            return Task.FromResult<(JsonNode, DateTimeOffset?)>((antwoord, null));
        }, cancellationToken);

    private static bool Past(string? zoek, params string[] teksten) =>
        zoek is null || teksten.Any(t => t.Contains(zoek, StringComparison.OrdinalIgnoreCase));

    private async IAsyncEnumerable<JsonObject> PlekkenAsync(IReadOnlyList<CatalogusPlek> plekken, HsdsExport export, bool volledig,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var aanbod = (await queries.AanbodAsync([.. plekken.Select(p => p.Aanbod.Id).Distinct()], cancellationToken)).ToDictionary(a => a.Id);
        foreach (var plek in plekken)
        {
            // The catalogue is of the stamp read at the start; an address removed since is left out, not an error.
            if (aanbod.TryGetValue(plek.Aanbod.Id, out var a) && plek.Index < a.Locaties.Count)
            {
                yield return export.ServiceAtLocation(a, a.Organisatie!, plek.Index, volledig);
            }
        }
    }

    private static DateTimeOffset? Nieuwste(IEnumerable<Organisatie> organisaties) =>
        organisaties.Select(o => (DateTimeOffset?)o.LaatstGewijzigd).Max();

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset b) => a is null || b > a ? b : a;

    /// <summary>
    /// The answer to a GET with its validators: the ETag is the map's stamp with the address asked for (any change to
    /// the map changes it), Last-Modified the newest change of what is in the answer. A client that has it gets 304.
    /// </summary>
    private async Task<IActionResult> AntwoordAsync(Func<HsdsCatalogus, Task<(JsonNode Json, DateTimeOffset? Gewijzigd)>> maak, CancellationToken cancellationToken)
    {
        var stempel = await queries.StempelAsync(cancellationToken);
        if (NietGewijzigd(stempel))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        var (json, gewijzigd) = await maak(await queries.CatalogusAsync(stempel, cancellationToken));
        if (gewijzigd is { } moment)
        {
            var seconden = DateTimeOffset.FromUnixTimeSeconds(moment.ToUnixTimeSeconds());
            Response.GetTypedHeaders().LastModified = seconden;
            if (!Request.Headers.ContainsKey(HeaderNames.IfNoneMatch) &&
                Request.GetTypedHeaders().IfModifiedSince is { } sinds && seconden <= sinds)
            {
                return StatusCode(StatusCodes.Status304NotModified);
            }
        }

        return Content(json.ToJsonString(Json), "application/json; charset=utf-8");
    }

    /// <summary>Sets the ETag of this answer; true when the client's copy is still good.</summary>
    private bool NietGewijzigd(string stempel)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{stempel}|{Request.Path}{Request.QueryString}"));
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexString(hash, 0, 12)}\"");
        Response.GetTypedHeaders().ETag = etag;
        return Request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } gevraagd && gevraagd.Any(e => e.Equals(EntityTagHeaderValue.Any) || e.Compare(etag, useStrongComparison: false));
    }

    /// <summary>
    /// Every item as one JSON line, written as it is read (<see cref="HsdsQueries.Partij"/> profiles at a time), so the
    /// whole list is never in memory.
    /// </summary>
    private async Task<IActionResult> NdjsonAsync(Func<HsdsCatalogus, Func<JsonObject, Task>, Task> schrijfAlles, CancellationToken cancellationToken)
    {
        var stempel = await queries.StempelAsync(cancellationToken);
        if (NietGewijzigd(stempel))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        var catalogus = await queries.CatalogusAsync(stempel, cancellationToken);
        Response.ContentType = "application/x-ndjson; charset=utf-8";
        OpenVoorAlleWebsitesAttribute.Zet(Response);
        var regel = 0;
        await schrijfAlles(catalogus, async json =>
        {
            await Response.Body.WriteAsync(Encoding.UTF8.GetBytes(json.ToJsonString(Json) + "\n"), cancellationToken);
            if (++regel % HsdsQueries.Partij == 0)
            {
                await Response.Body.FlushAsync(cancellationToken);
            }
        });
        return new EmptyResult();
    }
}
