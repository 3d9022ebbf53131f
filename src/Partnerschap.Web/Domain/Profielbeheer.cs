namespace Partnerschap.Web.Domain;

/// <summary>Which kind of profile a membership, version or melding is about.</summary>
public enum ProfielSoort
{
    Organisatie,
    School,
    Brugfiguur,
}

/// <summary>A person may edit this organisatie or this school (exactly one of the two is set).</summary>
public class Lidmaatschap
{
    public Guid Id { get; set; }

    public required string GebruikerId { get; set; }

    public PortalUser? Gebruiker { get; set; }

    public Guid? OrganisatieId { get; set; }

    public Organisatie? Organisatie { get; set; }

    public Guid? SchoolId { get; set; }

    public School? School { get; set; }

    public DateTimeOffset Sinds { get; set; }
}

/// <summary>"Ik werk hier": a signed-in person asks to edit an organisatie; a Beheerder decides.</summary>
public class Toegangsaanvraag
{
    public Guid Id { get; set; }

    public required string GebruikerId { get; set; }

    public PortalUser? Gebruiker { get; set; }

    public Guid OrganisatieId { get; set; }

    public Organisatie? Organisatie { get; set; }

    /// <summary>What the person says about their work there (function, team).</summary>
    public string Toelichting { get; set; } = string.Empty;

    public AanvraagStatus Status { get; set; } = AanvraagStatus.Open;

    public DateTimeOffset AangevraagdOp { get; set; }

    public string? BehandeldDoor { get; set; }

    public DateTimeOffset? BehandeldOp { get; set; }

    /// <summary>Why a request was refused; sent to the person.</summary>
    public string? Reden { get; set; }
}

public enum AanvraagStatus
{
    Open,
    Goedgekeurd,
    Geweigerd,
}

/// <summary>
/// One saved state of a profile: who saved it, when, what changed (old → new per field) and a full snapshot
/// (JSON) from which a Beheerder can restore it.
/// </summary>
public class ProfielVersie
{
    public long Id { get; set; }

    public ProfielSoort Soort { get; set; }

    public Guid ProfielId { get; set; }

    /// <summary>1, 2, 3, ... per profile.</summary>
    public int Nummer { get; set; }

    public DateTimeOffset Tijdstip { get; set; }

    /// <summary>Null for changes made by a command (import, restore by a script).</summary>
    public string? GebruikerId { get; set; }

    /// <summary>Name or e-mail as it was at the time; kept when the account is later removed.</summary>
    public required string Door { get; set; }

    public VersieAard Aard { get; set; }

    /// <summary>A short human description: "Profiel gewijzigd", "Aanbod ‘Huiswerkklas’ toegevoegd", "Versie 3 hersteld".</summary>
    public required string Omschrijving { get; set; }

    /// <summary>JSON list of <see cref="VeldWijziging"/>.</summary>
    public required string Wijzigingen { get; set; }

    /// <summary>JSON snapshot of the whole profile after this save.</summary>
    public required string Momentopname { get; set; }
}

public enum VersieAard
{
    Wijziging,
    Bevestiging,
    Herstel,
}

/// <summary>One changed field in a <see cref="ProfielVersie"/>.</summary>
public sealed record VeldWijziging(string Veld, string? Oud, string? Nieuw);

/// <summary>"Meld een fout": a visitor tells that something on a profile is wrong.</summary>
public class Melding
{
    public Guid Id { get; set; }

    public ProfielSoort Soort { get; set; }

    public Guid ProfielId { get; set; }

    /// <summary>The organisatie whose members handle it: the profile itself, or a brugfiguur's employer.</summary>
    public Guid? OrganisatieId { get; set; }

    public Guid? SchoolId { get; set; }

    /// <summary>The profile's name at the time of the melding.</summary>
    public required string ProfielNaam { get; set; }

    public required string ProfielUrl { get; set; }

    public required string Tekst { get; set; }

    /// <summary>Optional, only for follow-up; wiped by the daily job a year after the melding was closed.</summary>
    public string? Email { get; set; }

    public MeldingStatus Status { get; set; } = MeldingStatus.Nieuw;

    public DateTimeOffset AangemaaktOp { get; set; }

    public DateTimeOffset? GewijzigdOp { get; set; }

    public string? BehandeldDoor { get; set; }

    /// <summary>Internal note of whoever handles it.</summary>
    public string? Notitie { get; set; }
}

public enum MeldingStatus
{
    Nieuw,
    InBehandeling,
    Opgelost,
    Afgewezen,
}

/// <summary>One line of the audit log: security-relevant events, kept for <c>Audit:BewaarDagen</c> days.</summary>
public class AuditGebeurtenis
{
    public long Id { get; set; }

    public DateTimeOffset Tijdstip { get; set; }

    /// <summary>A code from <see cref="AuditSoorten"/>.</summary>
    public required string Soort { get; set; }

    /// <summary>Who did it (user id); null for an anonymous visitor or a command.</summary>
    public string? ActorId { get; set; }

    /// <summary>Who did it, readable: e-mail address, "onbekend" or "opdrachtregel".</summary>
    public required string Actor { get; set; }

    /// <summary>Whom or what it was about: an e-mail address, an organisation name.</summary>
    public string? Onderwerp { get; set; }

    public string? Details { get; set; }
}

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
    };
}
