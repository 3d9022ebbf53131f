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

/// <summary>A rendered chapter body.</summary>
public sealed record GidsHtml(string Html, IReadOnlyList<Kop> Inhoud, IReadOnlyList<KeyValuePair<string, string>> Afkortingen, IReadOnlyList<GidsLink> Links, int Woorden)
{
    /// <summary>Minutes at 200 words per minute, at least one.</summary>
    public int Leestijd => Math.Max(1, (int)Math.Round(Woorden / 200.0));
}
