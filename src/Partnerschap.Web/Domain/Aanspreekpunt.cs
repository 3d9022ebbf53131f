namespace Partnerschap.Web.Domain;

/// <summary>The contact point for schools, distinct from the public contact. A name, or only a function.</summary>
public class Aanspreekpunt
{
    public string? Naam { get; set; }

    public string? Functie { get; set; }

    public string? Email { get; set; }

    public string? Telefoon { get; set; }
}
