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

/// <summary>One organisation in a live list (```kaart block).</summary>
public sealed record KaartRegel(string Naam, string Url, string Type, string? Plaats);
