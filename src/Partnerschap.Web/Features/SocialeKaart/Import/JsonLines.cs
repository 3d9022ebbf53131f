using System.Text.Json;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.SocialeKaart.Import;

/// <summary>
/// The line on which every value of one record starts, by path (<c>[3].services[0].name</c>), so that an import error
/// can name the line a person has to fix; and every string value that holds a character no text on the portal may
/// hold (<see cref="OnzichtbareTekens"/>). Built per record (<see cref="JsonItems"/>), so a large file never has all
/// its paths in memory at once.
/// </summary>
public sealed class JsonLines
{
    /// <summary>For problems of the file as a whole: they are reported on line 1.</summary>
    public static readonly JsonLines Bestand = new([], string.Empty, 1);

    private readonly Dictionary<string, int> _lines = [];
    private readonly int _firstLine;

    /// <param name="utf8">One JSON value: a whole document or one record cut from it.</param>
    /// <param name="prefix">The path of that value in its file (<c>[3]</c>, <c>scholen[0]</c>, or empty for the root).</param>
    /// <param name="firstLine">The line of the file on which the value starts.</param>
    public JsonLines(ReadOnlySpan<byte> utf8, string prefix, int firstLine)
    {
        _firstLine = firstLine;
        var line = firstLine;
        var counted = 0;
        var reader = new Utf8JsonReader(utf8, JsonItems.Options);
        var stack = new Stack<(string Path, bool IsArray, int Index)>();
        string? property = null;

        string ChildPath()
        {
            if (stack.Count == 0)
            {
                return prefix;
            }

            var (path, isArray, index) = stack.Peek();
            return isArray ? $"{path}[{index}]" : path.Length == 0 ? property ?? string.Empty : $"{path}.{property}";
        }

        void Advance()
        {
            if (stack.Count > 0 && stack.Peek().IsArray)
            {
                var top = stack.Pop();
                stack.Push(top with { Index = top.Index + 1 });
            }
        }

        while (!utf8.IsEmpty && reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = reader.GetString();
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    var path = ChildPath();
                    (line, counted) = (line + utf8[counted..(int)reader.TokenStartIndex].Count((byte)'\n'), (int)reader.TokenStartIndex);
                    _lines.TryAdd(path, line);
                    stack.Push((path, reader.TokenType == JsonTokenType.StartArray, 0));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    stack.Pop();
                    Advance();
                    break;
                default:
                    var valuePath = ChildPath();
                    (line, counted) = (line + utf8[counted..(int)reader.TokenStartIndex].Count((byte)'\n'), (int)reader.TokenStartIndex);
                    _lines.TryAdd(valuePath, line);
                    // Only an escape (\u0000) or a three-byte sequence starting with 0xE2 (U+2000-U+2FFF) can be one.
                    if (reader.TokenType == JsonTokenType.String && (reader.ValueIsEscaped || reader.ValueSpan.Contains((byte)0xE2)) &&
                        OnzichtbareTekens.Eerste(reader.GetString()) is { } teken)
                    {
                        Onzichtbaar.Add(new ImportFout(line, valuePath, $"bevat een onzichtbaar teken ({OnzichtbareTekens.Code(teken)}). Verwijder het en importeer opnieuw."));
                    }

                    Advance();
                    break;
            }
        }
    }

    /// <summary>A problem for every string value with a control character or a bidi override.</summary>
    public List<ImportFout> Onzichtbaar { get; } = [];

    /// <summary>The line of <paramref name="path"/>, or of its nearest ancestor that exists in the document.</summary>
    public int RegelVan(string path)
    {
        while (true)
        {
            if (_lines.TryGetValue(path, out var line))
            {
                return line;
            }

            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0)
            {
                return _firstLine;
            }

            path = path[..cut];
        }
    }
}
