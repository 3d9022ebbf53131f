namespace Partnerschap.Web.Domain;

/// <summary>A welzijnsorganisatie (or CLB, LOP, city service, ...) on the sociale kaart. HSDS: organization.</summary>
public class Organisatie : IImportProfiel
{
    public Guid Id { get; set; }

    public required string Naam { get; set; }

    public required string Slug { get; set; }

    /// <summary>Short description in plain Dutch.</summary>
    public string Beschrijving { get; set; } = string.Empty;

    /// <summary>Code from <see cref="Vocabulaire.Organisatietypes"/>.</summary>
    public required string Type { get; set; }

    /// <summary>Belgian enterprise number, formatted 0123.456.789; check digit validated.</summary>
    public string? KboNummer { get; set; }

    public string? Website { get; set; }

    public string? Email { get; set; }

    public string? Telefoon { get; set; }

    public string? Openingsuren { get; set; }

    public string? Kosten { get; set; }

    /// <summary>How a parent gets help.</summary>
    public string? ToegangOuders { get; set; }

    /// <summary>How a school or professional refers a family or asks a question.</summary>
    public string? ToegangProfessionals { get; set; }

    /// <summary>How shared information is handled: beroepsgeheim, consent of parents.</summary>
    public string? GedeeldeInformatie { get; set; }

    public OrganisatieStatus Status { get; set; } = OrganisatieStatus.Actief;

    /// <summary>When someone confirmed that the data is right (not the same as a change).</summary>
    public DateOnly? LaatstGecontroleerd { get; set; }

    public DateTimeOffset LaatstGewijzigd { get; set; }

    /// <summary>Concurrency token: every save adds one; a form carries the value it was built from.</summary>
    public int Versie { get; set; }

    /// <summary>
    /// When an import last wrote this profile (null: never imported). A later import skips the profile when
    /// <see cref="LaatstGewijzigd"/> is newer, that is when someone changed it in the portal since.
    /// </summary>
    public DateTimeOffset? LaatsteImport { get; set; }

    /// <summary>When members were last reminded that the profile is stale (at most once per 30 days).</summary>
    public DateTimeOffset? LaatsteHerinnering { get; set; }

    public Aanspreekpunt? Aanspreekpunt { get; set; }

    public List<Locatie> Locaties { get; set; } = [];

    public List<Gebied> Werkingsgebied { get; set; } = [];

    /// <summary>ISO 639-1 codes.</summary>
    public List<string> Talen { get; set; } = [];

    public List<string> Doelgroepen { get; set; } = [];

    public List<string> Aanleidingen { get; set; } = [];

    public List<VormToelichting> Samenwerkingsvormen { get; set; } = [];

    public List<Aanbod> Aanbod { get; set; } = [];
}
