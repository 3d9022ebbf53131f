using System.Data.Common;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

/// <summary>
/// Reads the organisations and their aanbod for the search index straight from the data reader: only the columns the
/// index needs, the JSON columns parsed by System.Text.Json. EF Core's shaper for the owned JSON collections made a
/// delegate by reflection for every row and was two thirds of a 100,000-organisation build (docs/performance.md).
/// Table and column names come from the EF model and are quoted by the provider, so the one query runs on SQLite,
/// SQL Server and PostgreSQL; a list of codes is a JSON array on the first two and a <c>text[]</c> on PostgreSQL.
/// </summary>
public sealed class KaartLezer
{

    private readonly PortalDbContext _db;
    private readonly ISqlGenerationHelper _sql;

    /// <summary>Codes repeat on every row ("nl", "drempels-onderwijs", the NIS codes): one string per distinct code.</summary>
    private readonly Dictionary<string, string> _codes = new(StringComparer.Ordinal);

    public KaartLezer(PortalDbContext db)
    {
        _db = db;
        _sql = db.GetService<ISqlGenerationHelper>();
    }

    /// <summary>
    /// Every organisation with its aanbod, one at a time, with the properties the index reads and no others: one query,
    /// organisations joined to their aanbod and ordered by organisation, so nothing of an organisation needs to be kept
    /// once it is handed over (a build at 100,000 organisations does not hold the whole map in memory,
    /// docs/performance.md).
    /// </summary>
    public async IAsyncEnumerable<Organisatie> OrganisatiesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var o = Kolommen<Organisatie>("o",
            x => x.Id, x => x.Slug, x => x.Naam, x => x.Type, x => x.Beschrijving, x => x.Telefoon, x => x.Kosten, x => x.Status,
            x => x.LaatstGecontroleerd, x => x.Aanspreekpunt, x => x.Locaties, x => x.Werkingsgebied, x => x.Samenwerkingsvormen,
            x => x.Aanleidingen, x => x.Doelgroepen, x => x.Talen, x => x.Versie);
        var a = Kolommen<Aanbod>("a",
            x => x.Id, x => x.Naam, x => x.Beschrijving, x => x.Kosten, x => x.Doelgroepen, x => x.Aanleidingen,
            x => x.Samenwerkingsvormen, x => x.Talen, x => x.Locaties, x => x.Werkingsgebied, x => x.Versie);
        var sql = $"SELECT {o.Lijst}, {a.Lijst} FROM {o.Tabel} o LEFT JOIN {a.Tabel} a ON a.{a.Kolom(nameof(Aanbod.OrganisatieId))} = o.{o.Kolom(nameof(Organisatie.Id))} " +
            $"ORDER BY o.{o.Kolom(nameof(Organisatie.Id))}";
        const int A = 17;
        var verbinding = _db.Database.GetDbConnection();
        await _db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = verbinding.CreateCommand();
            command.CommandText = sql;
            command.CommandTimeout = _db.Database.GetCommandTimeout() ?? command.CommandTimeout;
            command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
            await using var r = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, cancellationToken);
            Organisatie? huidig = null;
            while (await r.ReadAsync(cancellationToken))
            {
                var id = r.GetGuid(0);
                if (huidig?.Id != id)
                {
                    if (huidig is not null)
                    {
                        yield return huidig;
                    }

                    huidig = new Organisatie
                    {
                        Id = id,
                        Slug = r.GetString(1),
                        Naam = r.GetString(2),
                        Type = Code(r.GetString(3)),
                        Beschrijving = r.GetString(4),
                        Telefoon = Tekst(r, 5),
                        Kosten = Tekst(r, 6),
                        Status = Enum.Parse<OrganisatieStatus>(r.GetString(7)),
                        LaatstGecontroleerd = r.IsDBNull(8) ? null : r.GetFieldValue<DateOnly>(8),
                        Aanspreekpunt = r.IsDBNull(9) ? null : JsonSerializer.Deserialize(r.GetString(9), KaartJson.Default.Aanspreekpunt),
                        Locaties = Locaties(r, 10),
                        Werkingsgebied = Gebieden(r, 11),
                        Samenwerkingsvormen = Lijst(r, 12, KaartJson.Default.ListVormToelichting),
                        Aanleidingen = Codes(r, 13),
                        Doelgroepen = Codes(r, 14),
                        Talen = Codes(r, 15),
                        Versie = r.GetInt32(16),
                    };
                }

                // The organisation's columns of a second aanbod row are skipped: the reader is sequential, nothing is read twice.
                if (!r.IsDBNull(A))
                {
                    huidig.Aanbod.Add(new Aanbod
                    {
                        Id = r.GetGuid(A),
                        OrganisatieId = id,
                        Naam = r.GetString(A + 1),
                        Beschrijving = r.GetString(A + 2),
                        Kosten = Tekst(r, A + 3),
                        Doelgroepen = Codes(r, A + 4),
                        Aanleidingen = Codes(r, A + 5),
                        Samenwerkingsvormen = Codes(r, A + 6),
                        Talen = Codes(r, A + 7),
                        Locaties = Locaties(r, A + 8),
                        Werkingsgebied = Gebieden(r, A + 9),
                        Versie = r.GetInt32(A + 10),
                    });
                }
            }

            if (huidig is not null)
            {
                yield return huidig;
            }
        }
        finally
        {
            await _db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The quoted table and columns of these properties (scalar columns or JSON navigations) of an entity.</summary>
    private Selectie Kolommen<T>(string alias, params Expression<Func<T, object?>>[] kolommen)
    {
        var entity = _db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var tabel = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        return new Selectie(
            _sql.DelimitIdentifier(tabel.Name, tabel.Schema),
            string.Join(", ", kolommen.Select(k => $"{alias}.{_sql.DelimitIdentifier(Kolom(entity, tabel, Naam(k)))}")),
            naam => _sql.DelimitIdentifier(Kolom(entity, tabel, naam)));
    }

    private sealed record Selectie(string Tabel, string Lijst, Func<string, string> Kolom);

    private static string Naam<T>(Expression<Func<T, object?>> kolom) =>
        (kolom.Body is UnaryExpression { Operand: MemberExpression omgezet } ? omgezet : (MemberExpression)kolom.Body).Member.Name;

    /// <summary>The column of a property, or the container column of an owned type mapped to JSON.</summary>
    private static string Kolom(IEntityType entity, StoreObjectIdentifier tabel, string naam) =>
        entity.FindProperty(naam)?.GetColumnName(tabel)
        ?? entity.FindNavigation(naam)?.TargetEntityType.GetContainerColumnName()
        ?? throw new InvalidOperationException($"{entity.DisplayName()}.{naam} has no column.");

    private static string? Tekst(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private string Code(string code) => _codes.TryGetValue(code, out var bekend) ? bekend : _codes[code] = code;

    /// <summary>A list of codes: a JSON array of strings, or a <c>text[]</c> on PostgreSQL.</summary>
    private List<string> Codes(DbDataReader r, int i)
    {
        if (r.IsDBNull(i))
        {
            return [];
        }

        var codes = r.GetFieldType(i) == typeof(string) ? JsonSerializer.Deserialize(r.GetString(i), KaartJson.Default.StringArray) ?? [] : r.GetFieldValue<string[]>(i);
        var lijst = new List<string>(codes.Length);
        foreach (var code in codes)
        {
            lijst.Add(Code(code));
        }

        return lijst;
    }

    private List<Gebied> Gebieden(DbDataReader r, int i)
    {
        var gebieden = Lijst(r, i, KaartJson.Default.ListGebied);
        foreach (var gebied in gebieden)
        {
            gebied.Code = Code(gebied.Code);
        }

        return gebieden;
    }

    private List<Locatie> Locaties(DbDataReader r, int i)
    {
        var locaties = Lijst(r, i, KaartJson.Default.ListLocatie);
        foreach (var locatie in locaties)
        {
            locatie.GemeenteNis = locatie.GemeenteNis is null ? null : Code(locatie.GemeenteNis);
        }

        return locaties;
    }

    private static List<TItem> Lijst<TItem>(DbDataReader r, int i, JsonTypeInfo<List<TItem>> type) =>
        r.IsDBNull(i) ? [] : JsonSerializer.Deserialize(r.GetString(i), type) ?? [];
}
