namespace Partnerschap.Web.Domain;

/// <summary>
/// A sign-in that was ended with "Afmelden". Its cookie may still exist somewhere (a copy, a shared computer), so every
/// request checks that its session is not in this table; the row can go once the cookie would have expired anyway.
/// </summary>
public class BeeindigdeSessie
{
    /// <summary>The random session id in the cookie's claims.</summary>
    public required string Id { get; set; }

    public required string GebruikerId { get; set; }

    public DateTimeOffset AfgemeldOp { get; set; }

    /// <summary>After this moment the cookie is invalid anyway (sign-in + absolute lifetime): the row may be removed.</summary>
    public DateTimeOffset BewaarTot { get; set; }
}
