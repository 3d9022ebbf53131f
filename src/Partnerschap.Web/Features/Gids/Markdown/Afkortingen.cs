namespace Partnerschap.Web.Features.Gids.Markdown;

/// <summary>
/// The one shared list of abbreviations of the guide. The renderer explains the first use in each chapter with
/// <c>&lt;abbr&gt;</c> and lists all abbreviations of the chapter at its end.
/// </summary>
public static class Afkortingen
{
    public static readonly IReadOnlyDictionary<string, string> Alle = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AgII"] = "Agentschap Integratie en Inburgering",
        ["AVG"] = "Algemene Verordening Gegevensbescherming (in het Engels: GDPR)",
        ["BuO"] = "buitengewoon onderwijs",
        ["CAW"] = "Centrum Algemeen Welzijnswerk",
        ["CKG"] = "Centrum voor Kinderzorg en Gezinsondersteuning",
        ["CLB"] = "Centrum voor Leerlingenbegeleiding",
        ["GOK"] = "gelijke onderwijskansen",
        ["HvhK"] = "Huis van het Kind",
        ["JAC"] = "Jongerenadviescentrum (onderdeel van het CAW)",
        ["LOP"] = "Lokaal Overlegplatform",
        ["OCMW"] = "Openbaar Centrum voor Maatschappelijk Welzijn, vaak 'sociaal huis' genoemd",
        ["OKAN"] = "onthaalklas voor anderstalige nieuwkomers",
        ["SES"] = "sociaal-economische status",
        ["VGC"] = "Vlaamse Gemeenschapscommissie (in Brussel)",
    };
}
