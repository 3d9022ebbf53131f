using System.Text.Json;

namespace Partnerschap.Web.Features.SocialeKaart.Import;

/// <summary>One record of an import file, with the lines of its values.</summary>
/// <param name="Lijst">The list it came from (<c>scholen</c>, <c>contents</c>, ...), or null for a root array or the root itself.</param>
/// <param name="Path">Its path in the file: <c>[3]</c>, <c>scholen[0]</c>, or empty for the root.</param>
public readonly record struct JsonItem(string? Lijst, string Path, JsonElement Element, JsonLines Lines);

/// <summary>
/// Reads an import file one record at a time: the elements of a root array, the elements of the lists
/// <see cref="Lijsten"/> of a root object, or else the root itself. Only one record is parsed into a
/// <see cref="JsonDocument"/> at a time, so a file of hundreds of megabytes does not have to fit in memory; the line
/// of each record is counted as the file streams by, so errors still name the exact line. A byte-order mark is skipped.
/// </summary>
public static class JsonItems
{
    public static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The lists of a root object whose elements are records; a root object without any of them is one record.</summary>
    public static readonly string[] Lijsten = ["contents", "scholen", "brugfiguren", "samenwerkingen"];

    private const int StartGrootte = 1 << 16;

    /// <summary>Calls <paramref name="item"/> for every record, in file order. Throws <see cref="JsonException"/> (with the line) on bad JSON.</summary>
    public static void Read(string file, Action<JsonItem> item)
    {
        if (!ReadRecords(file, item))
        {
            // No list of records: the root is the record (one HSDS organisation, or something the reader refuses).
            var bytes = File.ReadAllBytes(file);
            var json = bytes.AsMemory(HasBom(bytes) ? 3 : 0);
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            item(new JsonItem(null, string.Empty, document.RootElement, new JsonLines(json.Span, string.Empty, 1)));
        }
    }

    private static bool HasBom(ReadOnlySpan<byte> bytes) => bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);

    /// <summary>Streams the records; false when the root holds no list of records (nothing was reported then).</summary>
    private static bool ReadRecords(string file, Action<JsonItem> item)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[StartGrootte];
        var filled = Fill(stream, buffer, 0);
        var final = filled < buffer.Length;
        var start = HasBom(buffer.AsSpan(0, filled)) ? 3 : 0;
        var state = new JsonReaderState(Options);
        var walk = new Walk();
        while (true)
        {
            var reader = new Utf8JsonReader(buffer.AsSpan(start, filled - start), final, state);
            var klaar = walk.Step(ref reader, buffer.AsSpan(start, filled - start), item, out var consumed, out state);
            if (klaar || walk.Root is JsonTokenType.None && final)
            {
                return walk.Records;
            }

            if (walk.Root is not (JsonTokenType.StartArray or JsonTokenType.StartObject))
            {
                return false;
            }

            if (final)
            {
                // The reader wants more data, but there is none: let it say what is wrong, with the line.
                var last = new Utf8JsonReader(buffer.AsSpan(start + consumed, filled - start - consumed), true, state);
                while (last.Read())
                {
                }

                return walk.Records;
            }

            walk.Count(buffer.AsSpan(start, consumed));
            start += consumed;
            if (start == 0)
            {
                // One record larger than the buffer: make room for it.
                Array.Resize(ref buffer, buffer.Length * 2);
            }
            else
            {
                buffer.AsSpan(start, filled - start).CopyTo(buffer);
                filled -= start;
                start = 0;
            }

            var read = Fill(stream, buffer, filled);
            final = read < buffer.Length;
            filled = read;
        }
    }

    /// <summary>Reads until the buffer is full or the file ends; returns the new fill.</summary>
    private static int Fill(Stream stream, byte[] buffer, int filled)
    {
        int read;
        while (filled < buffer.Length && (read = stream.Read(buffer, filled, buffer.Length - filled)) > 0)
        {
            filled += read;
        }

        return filled;
    }

    /// <summary>Where the reader is in the file, kept between buffers.</summary>
    private sealed class Walk
    {
        private string? _property;
        private string? _lijst;
        private int _index;
        private int _line = 1;
        private int _counted;

        public JsonTokenType Root { get; private set; }

        public bool Records { get; private set; }

        /// <summary>Adds the lines of the bytes that are about to leave the buffer.</summary>
        public void Count(ReadOnlySpan<byte> consumed)
        {
            _line += consumed[_counted..].Count((byte)'\n');
            _counted = 0;
        }

        /// <summary>
        /// Handles tokens until the data runs out (false, with what was consumed and the state to go on from) or the
        /// root ends (true). A record that is not complete in this buffer is left for the next one.
        /// </summary>
        public bool Step(ref Utf8JsonReader reader, ReadOnlySpan<byte> data, Action<JsonItem> item, out int consumed, out JsonReaderState state)
        {
            while (true)
            {
                var voor = reader;
                if (!reader.Read())
                {
                    (consumed, state) = ((int)voor.BytesConsumed, voor.CurrentState);
                    return false;
                }

                var depth = reader.CurrentDepth;
                var token = reader.TokenType;
                if (depth == 0)
                {
                    if (Root is JsonTokenType.None)
                    {
                        Root = token;
                        if (token is not (JsonTokenType.StartArray or JsonTokenType.StartObject))
                        {
                            (consumed, state) = ((int)reader.BytesConsumed, reader.CurrentState);
                            return true;
                        }

                        Records = token == JsonTokenType.StartArray;
                        continue;
                    }

                    (consumed, state) = ((int)reader.BytesConsumed, reader.CurrentState);
                    return true; // the end of the root
                }

                var isRecord = Root == JsonTokenType.StartArray ? depth == 1 : _lijst is not null && depth == 2;
                if (Root == JsonTokenType.StartObject && depth == 1 && token == JsonTokenType.PropertyName)
                {
                    _property = reader.GetString();
                    continue;
                }

                if (Root == JsonTokenType.StartObject && depth == 1 && token == JsonTokenType.EndArray)
                {
                    _lijst = null;
                    continue;
                }

                if (Root == JsonTokenType.StartObject && depth == 1 && Lijsten.Contains(_property))
                {
                    Records = true;
                    if (token == JsonTokenType.StartArray)
                    {
                        (_lijst, _index) = (_property, 0);
                        continue;
                    }

                    isRecord = token != JsonTokenType.Null; // not a list: the reader says so
                }

                var begin = (int)reader.TokenStartIndex;
                if (!reader.TrySkip())
                {
                    (consumed, state) = ((int)voor.BytesConsumed, voor.CurrentState);
                    return false;
                }

                if (isRecord)
                {
                    _line += data[_counted..begin].Count((byte)'\n');
                    _counted = begin;
                    var record = data[begin..(int)reader.BytesConsumed];
                    var path = _lijst is null && Root == JsonTokenType.StartObject ? _property! : $"{_lijst}[{_index++}]";
                    using var document = JsonDocument.Parse(record.ToArray(), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                    item(new JsonItem(_lijst ?? (Root == JsonTokenType.StartObject ? _property : null), path, document.RootElement, new JsonLines(record, path, _line)));
                }
            }
        }
    }
}
