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

/// <summary>A link in a chapter: what it points to after rewriting (<see cref="Doel"/>) and what the author wrote.</summary>
public sealed record GidsLink(LinkSoort Soort, string Geschreven, string Doel);
