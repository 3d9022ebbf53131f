using System.Security.Cryptography;
using System.Text.Json;

namespace Partnerschap.Web.Features.SocialeKaart.Import;

/// <summary>
/// Reads an import file one record at a time: the elements of a root array, the elements of the lists
/// <see cref="Lijsten"/> of a root object, or else the root itself. Only one record is parsed into a
/// <see cref="JsonDocument"/> at a time, so a file of hundreds of megabytes does not have to fit in memory; the line
/// of each record is counted as the file streams by, so errors still name the exact line. A byte-order mark is skipped.
/// The records are pulled (<see cref="Lees"/>), so the caller may await a database write between two records.
/// </summary>
public static class JsonItems
{
    public static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The lists of a root object whose elements are records; a root object without any of them is one record.</summary>
    public static readonly string[] Lijsten = ["contents", "scholen", "brugfiguren", "samenwerkingen"];

    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private const int StartGrootte = 1 << 16;

    /// <summary>
    /// Every record, in file order; each item (and its <see cref="JsonElement"/>) is valid until the next one is asked.
    /// Throws <see cref="JsonException"/> (with the line) on bad JSON. When <paramref name="hash"/> is given, every byte
    /// of the file goes through it, so that a second reading can prove it read the same file.
    /// </summary>
    public static IEnumerable<JsonItem> Lees(string file, IncrementalHash? hash = null)
    {
        using (var records = new Records(file, hash))
        {
            while (records.Next() is { } record)
            {
                using var document = JsonDocument.Parse(record.Bytes, DocumentOptions);
                yield return new JsonItem(record.Lijst, record.Path, document.RootElement, new JsonLines(record.Bytes.Span, record.Path, record.Line));
            }

            if (records.HadLists)
            {
                records.HashRest();
                yield break;
            }
        }

        // No list of records: the root is the record (one HSDS organisation, or something the reader refuses).
        var bytes = File.ReadAllBytes(file);
        if (hash is not null)
        {
            hash.GetHashAndReset(); // what was streamed so far is hashed again, whole
            hash.AppendData(bytes);
        }

        var json = bytes.AsMemory(HasBom(bytes) ? 3 : 0);
        using var root = JsonDocument.Parse(json, DocumentOptions);
        yield return new JsonItem(null, string.Empty, root.RootElement, new JsonLines(json.Span, string.Empty, 1));
    }

    private static bool HasBom(ReadOnlySpan<byte> bytes) => bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);

    /// <summary>One record cut from the file: its bytes, where it came from and its first line.</summary>
    private sealed record Record(string? Lijst, string Path, ReadOnlyMemory<byte> Bytes, int Line);

    /// <summary>The file as it streams by: a buffer that grows only for a record larger than it, and the reader's state.</summary>
    private sealed class Records : IDisposable
    {
        private readonly FileStream _stream;
        private readonly IncrementalHash? _hash;
        private readonly Walk _walk = new();
        private byte[] _buffer = new byte[StartGrootte];
        private int _filled;
        private int _start;
        private bool _final;
        private bool _done;
        private JsonReaderState _state = new(Options);

        public Records(string file, IncrementalHash? hash)
        {
            _stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            _hash = hash;
            Fill();
            _start = HasBom(_buffer.AsSpan(0, _filled)) ? 3 : 0;
        }

        /// <summary>True when the root held records (an array, or an object with one of <see cref="Lijsten"/>).</summary>
        public bool HadLists => _walk.Records;

        /// <summary>The next record, or null at the end of the root (or when the root holds no records).</summary>
        public Record? Next()
        {
            while (!_done)
            {
                var data = _buffer.AsSpan(_start, _filled - _start);
                var reader = new Utf8JsonReader(data, _final, _state);
                var stap = _walk.Step(ref reader, data, out var consumed, out _state, out var record);
                if (stap == Stap.Record)
                {
                    Advance(consumed);
                    return record;
                }

                if (stap == Stap.Einde || _walk.Root is JsonTokenType.None && _final ||
                    _walk.Root is not (JsonTokenType.StartArray or JsonTokenType.StartObject))
                {
                    _done = true;
                    break;
                }

                if (_final)
                {
                    // The reader wants more data, but there is none: let it say what is wrong, with the line.
                    var last = new Utf8JsonReader(data[consumed..], true, _state);
                    while (last.Read())
                    {
                    }

                    _done = true;
                    break;
                }

                Advance(consumed);
                if (_start == 0)
                {
                    // One record larger than the buffer: make room for it.
                    Array.Resize(ref _buffer, _buffer.Length * 2);
                }
                else
                {
                    _buffer.AsSpan(_start, _filled - _start).CopyTo(_buffer);
                    _filled -= _start;
                    _start = 0;
                }

                Fill();
            }

            return null;
        }

        /// <summary>Lets the rest of the file (after the root) through the hash too.</summary>
        public void HashRest()
        {
            while (_hash is not null && !_final)
            {
                _filled = 0;
                Fill();
            }
        }

        public void Dispose() => _stream.Dispose();

        private void Advance(int consumed)
        {
            _walk.Count(_buffer.AsSpan(_start, consumed));
            _start += consumed;
        }

        /// <summary>Reads until the buffer is full or the file ends.</summary>
        private void Fill()
        {
            var voor = _filled;
            int read;
            while (_filled < _buffer.Length && (read = _stream.Read(_buffer, _filled, _buffer.Length - _filled)) > 0)
            {
                _filled += read;
            }

            _hash?.AppendData(_buffer, voor, _filled - voor);
            _final = _filled < _buffer.Length;
        }
    }

    private enum Stap
    {
        MeerData,
        Record,
        Einde,
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
        /// Handles tokens until the data runs out (<see cref="Stap.MeerData"/>), a record is complete
        /// (<see cref="Stap.Record"/>) or the root ends (<see cref="Stap.Einde"/>), with what was consumed and the state to
        /// go on from. A record that is not complete in this buffer is left for the next one.
        /// </summary>
        public Stap Step(ref Utf8JsonReader reader, ReadOnlySpan<byte> data, out int consumed, out JsonReaderState state, out Record? record)
        {
            record = null;
            while (true)
            {
                var voor = reader;
                if (!reader.Read())
                {
                    (consumed, state) = ((int)voor.BytesConsumed, voor.CurrentState);
                    return Stap.MeerData;
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
                            return Stap.Einde;
                        }

                        Records = token == JsonTokenType.StartArray;
                        continue;
                    }

                    (consumed, state) = ((int)reader.BytesConsumed, reader.CurrentState);
                    return Stap.Einde; // the end of the root
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
                    return Stap.MeerData;
                }

                if (isRecord)
                {
                    _line += data[_counted..begin].Count((byte)'\n');
                    _counted = begin;
                    var path = _lijst is null && Root == JsonTokenType.StartObject ? _property! : $"{_lijst}[{_index++}]";
                    record = new Record(_lijst ?? (Root == JsonTokenType.StartObject ? _property : null), path, data[begin..(int)reader.BytesConsumed].ToArray(), _line);
                    (consumed, state) = ((int)reader.BytesConsumed, reader.CurrentState);
                    return Stap.Record;
                }
            }
        }
    }
}
