using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace Partnerschap.Web.Features.SocialeKaart.Import;

/// <summary>
/// What every import reader shares: walking JSON by path, reading and checking values, and collecting
/// every problem with its line (no exception at the first one, so a person can fix a file in one go).
/// </summary>
public abstract class ImportReader
{
    private static readonly EmailAddressAttribute EmailCheck = new();

    public List<ImportFout> Fouten { get; } = [];

    /// <summary>Reads and checks one record of a file (<see cref="JsonItems"/>).</summary>
    public abstract void Lees(JsonItem item);

    /// <summary>
    /// Forgets the records read so far, keeping what the checks over all records need (ids, references). The check
    /// (pass 1) forgets after every record; the writes (pass 2) after every batch.
    /// </summary>
    public abstract void Vergeet();

    /// <summary>The lines of the record being read (<see cref="Begin"/>), or of the file as a whole.</summary>
    protected JsonLines Lines { get; private set; } = JsonLines.Bestand;

    /// <summary>Starts reading a record: its lines, and a refusal for every value with an invisible character.</summary>
    protected void Begin(JsonItem item)
    {
        Lines = item.Lines;
        Fouten.AddRange(item.Lines.Onzichtbaar);
    }

    /// <summary>Back to the file as a whole, for checks over all records.</summary>
    protected void End() => Lines = JsonLines.Bestand;

    protected IEnumerable<(JsonElement Element, string Path)> Items(JsonElement owner, string property, string path)
    {
        if (owner.ValueKind != JsonValueKind.Object || !owner.TryGetProperty(property, out var array) || array.ValueKind == JsonValueKind.Null)
        {
            yield break;
        }

        var arrayPath = path.Length == 0 ? property : $"{path}.{property}";
        if (array.ValueKind != JsonValueKind.Array)
        {
            Error(arrayPath, $"'{property}' moet een lijst zijn.");
            yield break;
        }

        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            yield return (item, $"{arrayPath}[{i++}]");
        }
    }

    protected static string? Str(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    protected string? Text(JsonElement element, string property, string path, bool required = false, int max = 1000)
    {
        var value = Str(element, property)?.Trim();
        var fieldPath = path.Length == 0 ? property : $"{path}.{property}";
        if (string.IsNullOrEmpty(value))
        {
            if (required)
            {
                Error(fieldPath, $"'{property}' is verplicht.");
            }

            return null;
        }

        return Limit(value, max, fieldPath, property);
    }

    protected string? Limit(string? value, int max, string path, string label)
    {
        if (value is not null && value.Length > max)
        {
            Error(path, $"{label}: tekst is {value.Length} tekens lang; hoogstens {max}.");
            return value[..max];
        }

        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    protected string? Email(JsonElement element, string property, string path, string label)
    {
        var value = Str(element, property)?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (!EmailCheck.IsValid(value) || value.Length > Domain.Veldlengtes.Email)
        {
            Error($"{path}.{property}", $"{label}: '{value}' is geen geldig e-mailadres.");
            return null;
        }

        return value;
    }

    protected T Invalid<T>(T fallback, string path, string message)
    {
        Error(path, message);
        return fallback;
    }

    protected void Error(string path, string message) =>
        Fouten.Add(new ImportFout(Lines.RegelVan(path), path.Length == 0 ? "(bestand)" : path, message));
}
