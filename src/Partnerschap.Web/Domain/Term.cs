namespace Partnerschap.Web.Domain;

/// <summary>One term of a fixed vocabulary: a stable code (URLs, imports, exports) and its Dutch label.</summary>
public sealed record Term(string Code, string Label, string Uitleg);
