namespace Partnerschap.Web.Infrastructure.Security;

/// <summary>
/// Marks an action whose work grows with load (full-text search, the whole guide, password hashing): it runs only
/// while this instance has room (<see cref="OverbelastingOptions"/>); the excess gets 503 at once.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class ZwareAanvraagAttribute : Attribute;
