namespace Partnerschap.Web.Features.Gids.Markdown;

public enum LinkSoort
{
    /// <summary>A page of the portal ("/gids/...", "/sociale-kaart?...") or an anchor ("#...").</summary>
    Intern,

    /// <summary><c>kaart:aanleiding=kinderarmoede</c>: a filtered search of the sociale kaart.</summary>
    Kaart,

    /// <summary><c>organisatie:slug</c>: one organisation.</summary>
    Organisatie,

    /// <summary>http, https, mailto, tel.</summary>
    Extern,

    /// <summary>Anything else (javascript:, data:, //host, ...): rendered as plain text.</summary>
    Geweigerd,
}
