namespace Partnerschap.Web.Domain;

/// <summary>
/// The fixed vocabularies of the sociale kaart. Codes never change once published: they live in shared links,
/// import files and gids chapters. All of them are documented in docs/import.md.
/// </summary>
public static class Vocabulaire
{
    public static readonly IReadOnlyList<Term> Aanleidingen =
    [
        new("financieel-materieel-administratief", "Financiële, materiële en administratieve noden", "Schoolrekening, schulden, huisvesting, papieren en premies."),
        new("opvoeding-gezinsondersteuning", "Opvoeding en gezinsondersteuning", "Vragen over opvoeden, gezinsbegeleiding, zorgen thuis."),
        new("kunst-sport-vrije-tijd", "Kunst, sport en vrije tijd", "Toegang tot sport, cultuur, jeugdwerk en vakantieaanbod."),
        new("hygiene-gezondheid", "Hygiëne en gezondheid", "Gezondheid, voeding, hygiëne, welzijn van het kind."),
        new("kinderarmoede", "Kinderarmoede", "Gezinnen die in armoede leven en wat dat met kinderen doet."),
        new("drempels-onderwijs", "Drempels in het onderwijs", "Wat leren en schoolgaan moeilijk maakt: taal, huiswerk, afwezigheid, schoolkosten."),
    ];

    public static readonly IReadOnlyList<Term> Samenwerkingsvormen =
    [
        new("toeleiding", "Toeleiding", "Een gezin de weg wijzen naar de juiste hulp, en mee over de drempel helpen."),
        new("uitwisseling-overleg", "Uitwisseling en overleg", "Elkaar kennen, informatie delen en samen overleggen over wat een gezin nodig heeft."),
        new("bemiddelen-faciliteren", "Bemiddelen en faciliteren tussen ouders en school", "Een brug slaan tussen ouders en school, zodat ze elkaar beter begrijpen."),
        new("interprofessioneel-leren", "Interprofessioneel leren, denken en handelen", "Samen leren, over de grenzen van school en welzijn heen."),
    ];

    public static readonly IReadOnlyList<Term> Organisatietypes =
    [
        new("ocmw", "OCMW / sociaal huis", "Openbaar centrum voor maatschappelijk welzijn van de gemeente."),
        new("caw", "CAW", "Centrum Algemeen Welzijnswerk."),
        new("huis-van-het-kind", "Huis van het Kind", "Samenwerking rond gezinnen met jonge kinderen."),
        new("ckg", "CKG", "Centrum voor Kinderzorg en Gezinsondersteuning."),
        new("samenlevingsopbouw", "Samenlevingsopbouw", "Opbouwwerk met kwetsbare groepen."),
        new("armoedeorganisatie", "Armoedeorganisatie", "Vereniging waar armen het woord nemen."),
        new("huiswerkbegeleiding", "Huiswerkbegeleiding", "Huiswerkklas of huiswerkbegeleiding."),
        new("onderwijsopbouwwerk", "Onderwijsopbouwwerk", "Opbouwwerk rond school en gezin."),
        new("buurtwerk", "Buurtwerk", "Buurtwerking of buurtcentrum."),
        new("stedelijke-dienst", "Stedelijke of gemeentelijke dienst", "Een dienst van de stad of gemeente."),
        new("lokaal-netwerk", "Lokaal netwerk", "Netwerk van lokale partners, bijvoorbeeld rond kinderarmoede."),
        new("clb", "CLB", "Centrum voor Leerlingenbegeleiding."),
        new("lop", "LOP", "Lokaal Overlegplatform."),
        new("integratie-inburgering", "Integratie en inburgering", "Agentschap of dienst voor integratie en inburgering."),
        new("jeugdhulp", "Jeugdhulp", "Hulp voor kinderen, jongeren en hun gezin."),
        new("gezondheid", "Gezondheid", "Gezondheidszorg, wijkgezondheidscentrum, preventie."),
        new("vrije-tijd", "Vrije tijd", "Sport, cultuur, jeugdwerk en vakantieaanbod."),
        new("andere", "Andere", "Een organisatie die in geen ander type past."),
    ];

    public static readonly IReadOnlyList<Term> Doelgroepen =
    [
        new("kinderen-0-3", "Kinderen van 0 tot 3 jaar", "Baby's en peuters."),
        new("kleuteronderwijs", "Kleuters", "Kinderen in het kleuteronderwijs."),
        new("lager-onderwijs", "Kinderen in het lager onderwijs", "Kinderen van 6 tot 12 jaar."),
        new("secundair-onderwijs", "Jongeren in het secundair onderwijs", "Jongeren van 12 tot 18 jaar."),
        new("ouders", "Ouders", "Moeders, vaders en andere opvoeders."),
        new("gezinnen", "Gezinnen", "Het hele gezin."),
        new("nieuwkomers", "Nieuwkomers", "Mensen die pas in België wonen."),
        new("scholen", "Scholen", "Directies, zorgcoördinatoren en leerkrachten."),
    ];

    public static Term? Vind(IReadOnlyList<Term> vocabulary, string? code) =>
        code is null ? null : vocabulary.FirstOrDefault(t => t.Code == code);
}
