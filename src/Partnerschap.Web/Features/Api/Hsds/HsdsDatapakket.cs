using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using nietras.SeparatedValues;

namespace Partnerschap.Web.Features.Api.Hsds;

/// <summary>What the datapackage says about itself: its licence and who owns the data (<see cref="OpenData.OpenDataOptions"/>).</summary>
public sealed record DatapakketInfo(string Titel, string Licentie, string LicentieUrl, string Eigenaar, DateTimeOffset Gemaakt);

/// <summary>
/// The whole public map as an HSDS 3.1 tabular datapackage: <c>datapackage.json</c> and one CSV per HSDS table, zipped.
/// The rows are the API's own objects (<see cref="HsdsExport"/>) laid flat: every nested list becomes the rows of its
/// table, with the id that links it to its parent. The columns are those of the reference's <c>tabular.json</c>
/// (wwwroot/api/hsds), in its order.
/// </summary>
public sealed class HsdsDatapakket(HsdsQueries queries, IWebHostEnvironment omgeving)
{
    /// <summary>A table of the reference: its name, its file and its columns (the fields that are not lists or objects).</summary>
    private sealed record Tabel(string Naam, string Pad, IReadOnlyList<JsonObject> Velden);

    private static Dictionary<string, Tabel>? _tabellen;

    public async Task<byte[]> MaakAsync(HttpRequest request, DatapakketInfo info, CancellationToken cancellationToken)
    {
        var tabellen = Tabellen();
        var export = await queries.ExportAsync(request, cancellationToken);
        var catalogus = await queries.CatalogusAsync(await queries.StempelAsync(cancellationToken), cancellationToken);
        var rijen = tabellen.Keys.ToDictionary(t => t, _ => new List<string[]>());
        var gezien = new HashSet<(string, string)>();

        void Voeg(string tabel, JsonObject json)
        {
            if (json["id"]?.GetValue<string>() is not { } id || !gezien.Add((tabel, id)))
            {
                return;
            }

            rijen[tabel].Add([.. tabellen[tabel].Velden.Select(v => Cel(json[v["name"]!.GetValue<string>()]))]);
            foreach (var (naam, waarde) in json)
            {
                // The organisation of a service and the service of a service_at_location are rows of their own already.
                if (naam is "organization" or "service" || TabelVan(tabellen, naam) is not { } kind)
                {
                    continue;
                }

                foreach (var item in waarde is JsonArray lijst ? lijst.OfType<JsonObject>() : waarde is JsonObject o ? [o] : [])
                {
                    Voeg(kind, item);
                }
            }
        }

        await foreach (var organisatie in queries.AlleOrganisatiesAsync(catalogus, metAanbod: true, cancellationToken))
        {
            Voeg("organization", export.Organisatie(organisatie, genest: true, volledigAanbod: true));
        }

        foreach (var taxonomie in HsdsTaxonomieen.Alle)
        {
            Voeg("taxonomy", export.Taxonomie(taxonomie));
            foreach (var term in taxonomie.Termen)
            {
                Voeg("taxonomy_term", export.Term(taxonomie, term));
            }
        }

        var gebruikt = tabellen.Values.Where(t => rijen[t.Naam].Count > 0).OrderBy(t => t.Pad, StringComparer.Ordinal).ToList();
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            await SchrijfAsync(zip, "datapackage.json", Datapackage(info, gebruikt).ToJsonString(new JsonSerializerOptions(HsdsController.Json) { WriteIndented = true }), cancellationToken);
            foreach (var tabel in gebruikt)
            {
                await SchrijfAsync(zip, tabel.Pad, Csv(tabel, rijen[tabel.Naam]), cancellationToken);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The Frictionless descriptor: what the package is, its licence and sources, and the schema of every CSV.</summary>
    private static JsonObject Datapackage(DatapakketInfo info, IEnumerable<Tabel> tabellen) => new()
    {
        ["profile"] = "tabular-data-package",
        ["name"] = "partnerschap-sociale-kaart-hsds",
        ["title"] = info.Titel,
        ["description"] = "De publieke profielen van de sociale kaart in Open Referral HSDS 3.1 (tabelvorm).",
        ["version"] = HsdsController.Versie,
        ["created"] = info.Gemaakt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        ["licenses"] = new JsonArray(new JsonObject { ["name"] = info.Licentie, ["path"] = info.LicentieUrl, ["title"] = info.Licentie }),
        ["contributors"] = new JsonArray(new JsonObject { ["title"] = info.Eigenaar, ["role"] = "publisher" }),
        ["sources"] = new JsonArray(
            new JsonObject { ["title"] = "Posities van deelgemeenten: © OpenStreetMap-bijdragers (ODbL)", ["path"] = "https://www.openstreetmap.org/copyright" },
            new JsonObject { ["title"] = "Open Referral Human Services Data Specification 3.1", ["path"] = "https://docs.openreferral.org/" }),
        ["resources"] = new JsonArray([.. tabellen.Select(t => (JsonNode)new JsonObject
        {
            ["name"] = t.Naam,
            ["path"] = t.Pad,
            ["profile"] = "tabular-data-resource",
            ["format"] = "csv",
            ["mediatype"] = "text/csv",
            ["encoding"] = "utf-8",
            ["schema"] = new JsonObject
            {
                ["fields"] = new JsonArray([.. t.Velden.Select(v => (JsonNode)Veld(v))]),
                ["primaryKey"] = "id",
            },
        })]),
    };

    /// <summary>A field as Table Schema knows it: its name, type, title and description, and a format Table Schema has.</summary>
    private static JsonObject Veld(JsonObject veld)
    {
        var json = new JsonObject
        {
            ["name"] = veld["name"]!.DeepClone(),
            ["type"] = veld["type"]!.DeepClone(),
            ["title"] = veld["title"]?.DeepClone(),
            ["description"] = veld["description"]?.DeepClone(),
        };
        if (veld["format"]?.GetValue<string>() is "uuid" or "email" or "uri" && veld["type"]!.GetValue<string>() == "string")
        {
            json["format"] = veld["format"]!.DeepClone();
        }

        return json;
    }

    private static string Csv(Tabel tabel, List<string[]> rijen)
    {
        var tekst = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture }).To(tekst))
        {
            var namen = tabel.Velden.Select(v => v["name"]!.GetValue<string>()).ToArray();
            foreach (var rij in rijen)
            {
                using var regel = writer.NewRow();
                for (var i = 0; i < namen.Length; i++)
                {
                    regel[namen[i]].Set(rij[i]);
                }
            }
        }

        return tekst.ToString();
    }

    private static async Task SchrijfAsync(ZipArchive zip, string naam, string inhoud, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(naam, CompressionLevel.Optimal);
        await using var stream = await entry.OpenAsync(cancellationToken);
        await stream.WriteAsync(Encoding.UTF8.GetBytes(inhoud), cancellationToken);
    }

    private static string Cel(JsonNode? waarde) => waarde switch
    {
        null => string.Empty,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v => v.ToJsonString(),
        _ => string.Empty,
    };

    /// <summary>The table of a nested property: <c>phones</c> → phone, <c>addresses</c> → address, <c>location</c> → location.</summary>
    private static string? TabelVan(Dictionary<string, Tabel> tabellen, string eigenschap) =>
        new[] { eigenschap, eigenschap.TrimEnd('s'), eigenschap.EndsWith("es", StringComparison.Ordinal) ? eigenschap[..^2] : eigenschap }
            .FirstOrDefault(tabellen.ContainsKey);

    private Dictionary<string, Tabel> Tabellen()
    {
        if (_tabellen is { } tabellen)
        {
            return tabellen;
        }

        using var stream = omgeving.WebRootFileProvider.GetFileInfo("api/hsds/tabular.json").CreateReadStream();
        var tabular = JsonNode.Parse(stream)!["properties"]!.AsObject();
        _tabellen = tabular.ToDictionary(
            t => t.Key,
            t => new Tabel(t.Key, t.Value!["items"]!["path"]!.GetValue<string>(), [.. t.Value["items"]!["properties"]!.AsObject()
                .Select(v => v.Value!.AsObject())
                .Where(v => v["type"]?.GetValue<string>() is not ("array" or "object"))]));
        return _tabellen;
    }
}
