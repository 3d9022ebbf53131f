using System.Text.Json;

namespace Partnerschap.Web.Features.SocialeKaart.Import;

/// <summary>
/// The line on which every value of a JSON document starts, by path (<c>[3].services[0].name</c>), so that an
/// import error can name the line a person has to fix.
/// </summary>
public sealed class JsonLines
{
    private readonly Dictionary<string, int> _lines = [];

    public JsonLines(byte[] utf8)
    {
        var newlines = new List<long>();
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                newlines.Add(i);
            }
        }

        int LineOf(long offset)
        {
            var index = newlines.BinarySearch(offset);
            return (index < 0 ? ~index : index) + 1;
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var stack = new Stack<(string Path, bool IsArray, int Index)>();
        string? property = null;

        string ChildPath()
        {
            if (stack.Count == 0)
            {
                return string.Empty;
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

        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = reader.GetString();
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    var path = ChildPath();
                    _lines.TryAdd(path, LineOf(reader.TokenStartIndex));
                    stack.Push((path, reader.TokenType == JsonTokenType.StartArray, 0));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    stack.Pop();
                    Advance();
                    break;
                default:
                    _lines.TryAdd(ChildPath(), LineOf(reader.TokenStartIndex));
                    Advance();
                    break;
            }
        }
    }

    /// <summary>The line of <paramref name="path"/>, or of its nearest ancestor that exists in the document.</summary>
    public int LineOf(string path)
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
                return _lines.GetValueOrDefault(string.Empty, 1);
            }

            path = path[..cut];
        }
    }
}

/// <summary>One problem in an import file: where (line and path) and what, in Dutch.</summary>
public sealed record ImportFout(int Regel, string Pad, string Melding)
{
    public override string ToString() => $"regel {Regel}: {Pad}: {Melding}";
}
