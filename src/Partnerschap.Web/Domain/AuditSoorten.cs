namespace Partnerschap.Web.Domain;

/// <summary>The kinds of audit events, with their Dutch labels for the filter.</summary>
public static class AuditSoorten
{
    public const string AanmeldenGelukt = "aanmelden-gelukt";
    public const string AanmeldenMislukt = "aanmelden-mislukt";
    public const string AccountGeblokkeerd = "account-geblokkeerd";
    public const string Uitnodiging = "uitnodiging";
    public const string UitnodigingAanvaard = "uitnodiging-aanvaard";
    public const string RolGewijzigd = "rol-gewijzigd";
    public const string LidmaatschapGewijzigd = "lidmaatschap-gewijzigd";
    public const string AccountGedeactiveerd = "account-gedeactiveerd";
    public const string AccountGeactiveerd = "account-geactiveerd";
    public const string ToegangBeslist = "toegang-beslist";
    public const string VersieHersteld = "versie-hersteld";
    public const string Verwijderd = "verwijderd";
    public const string HoofdstukGepubliceerd = "hoofdstuk-gepubliceerd";
    public const string HoofdstukGepland = "hoofdstuk-gepland";
    public const string HoofdstukGearchiveerd = "hoofdstuk-gearchiveerd";
    public const string HoofdstukUitArchief = "hoofdstuk-uit-archief";
    public const string SamenwerkingBevestigd = "samenwerking-bevestigd";
    public const string VoorstelBeslist = "voorstel-beslist";
    public const string OrganisatieAangemaakt = "organisatie-aangemaakt";
    public const string ScholenlijstGeimporteerd = "scholenlijst-geimporteerd";
    public const string ScanVersieBewaard = "scanversie-bewaard";
    public const string OnderzoeksexportGedownload = "onderzoeksexport-gedownload";

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [AanmeldenGelukt] = "Aanmelden gelukt",
        [AanmeldenMislukt] = "Aanmelden mislukt",
        [AccountGeblokkeerd] = "Account geblokkeerd",
        [Uitnodiging] = "Uitnodiging verstuurd",
        [UitnodigingAanvaard] = "Uitnodiging aanvaard",
        [RolGewijzigd] = "Rol gewijzigd",
        [LidmaatschapGewijzigd] = "Lidmaatschap gewijzigd",
        [AccountGedeactiveerd] = "Account gedeactiveerd",
        [AccountGeactiveerd] = "Account opnieuw actief",
        [ToegangBeslist] = "Toegangsaanvraag beslist",
        [VersieHersteld] = "Versie hersteld",
        [Verwijderd] = "Iets verwijderd",
        [HoofdstukGepubliceerd] = "Gidshoofdstuk gepubliceerd",
        [HoofdstukGepland] = "Publicatie van gidshoofdstuk gepland",
        [HoofdstukGearchiveerd] = "Gidshoofdstuk gearchiveerd",
        [HoofdstukUitArchief] = "Gidshoofdstuk terug uit archief",
        [SamenwerkingBevestigd] = "Samenwerking bevestigd door de school",
        [VoorstelBeslist] = "Organisatievoorstel beslist",
        [OrganisatieAangemaakt] = "Organisatie aangemaakt door een beheerder",
        [ScholenlijstGeimporteerd] = "Officiële lijst van scholen ingelezen",
        [ScanVersieBewaard] = "Nieuwe versie van de samenwerkingsscan",
        [OnderzoeksexportGedownload] = "Antwoorden van de samenwerkingsscan gedownload voor onderzoek",
    };
}
