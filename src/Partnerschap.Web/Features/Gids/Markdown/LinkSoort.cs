using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Ganss.Xss;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Partnerschap.Web.Domain;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.WebUtilities;

using Partnerschap.Web.Features.SocialeKaart.Zoeken;

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
