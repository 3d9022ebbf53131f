using System.Text.Json;

namespace Partnerschap.Web.Features.SocialeKaart.Import;

/// <summary>One record of an import file, with the lines of its values.</summary>
/// <param name="Lijst">The list it came from (<c>scholen</c>, <c>contents</c>, ...), or null for a root array or the root itself.</param>
/// <param name="Path">Its path in the file: <c>[3]</c>, <c>scholen[0]</c>, or empty for the root.</param>
public readonly record struct JsonItem(string? Lijst, string Path, JsonElement Element, JsonLines Lines);
