namespace Partnerschap.Web.Domain;

/// <summary>A service of an organisation. HSDS: service.</summary>
public class Aanbod
{
    public Guid Id { get; set; }

    public Guid OrganisatieId { get; set; }

    public Organisatie? Organisatie { get; set; }

    public required string Naam { get; set; }

    public string Beschrijving { get; set; } = string.Empty;

    public string? Kosten { get; set; }

    public bool Actief { get; set; } = true;

    /// <summary>True when an import created it; an import never removes aanbod made in the portal.</summary>
    public bool UitImport { get; set; }

    /// <summary>Concurrency token, as on <see cref="Organisatie.Versie"/>.</summary>
    public int Versie { get; set; }

    public List<string> Doelgroepen { get; set; } = [];

    public List<string> Aanleidingen { get; set; } = [];

    public List<string> Samenwerkingsvormen { get; set; } = [];

    public List<string> Talen { get; set; } = [];

    public List<Locatie> Locaties { get; set; } = [];

    public List<Gebied> Werkingsgebied { get; set; } = [];
}
