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
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.WebUtilities;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;

namespace Partnerschap.Web.Features.Gids.Markdown;

/// <summary>
/// The one Markdown pipeline of the guide, built once (singleton). Raw HTML is off; links are rewritten or dropped by
/// an allowlist (internal, <c>kaart:</c>, <c>organisatie:</c>, http, https, mailto, tel); headings get stable ids with
/// Dutch diacritics folded; <c>::: tip|let-op|uit-de-praktijk|wettelijk-kader</c> become callouts; the first use of each
/// abbreviation is explained; a ```kaart block becomes a live list. The HTML is then sanitised a second time with an
/// allowlist of elements and attributes, so a bug in any step above still cannot put script on the page.
/// </summary>
public sealed partial class GidsRenderer
{
    public static readonly IReadOnlyDictionary<string, string> Callouts = new Dictionary<string, string>
    {
        ["tip"] = "Tip",
        ["let-op"] = "Let op",
        ["uit-de-praktijk"] = "Uit de praktijk",
        ["wettelijk-kader"] = "Wettelijk kader",
    };

    /// <summary>Query keys a <c>kaart:</c> link may use (the public search contract, docs/sociale-kaart-zoeken.md).</summary>
    public static readonly IReadOnlySet<string> KaartSleutels =
        new HashSet<string>(["q", "gemeente", "bereik", "soort", .. KaartFilters.Alle.Select(f => f.Sleutel)], StringComparer.Ordinal);

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseCustomContainers()
        .UsePipeTables()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        .Build();

    private readonly HtmlSanitizer _sanitizer = MaakSanitizer();

    /// <param name="markdown">The chapter body.</param>
    /// <param name="kaart">Runs the query of a ```kaart block; null renders the block as a link only (e.g. previews without data).</param>
    public GidsHtml Render(string markdown, Func<string, KaartLijst?>? kaart = null)
    {
        var document = Markdig.Markdown.Parse(markdown ?? string.Empty, _pipeline);
        var inhoud = new List<Kop>();
        var links = new List<GidsLink>();
        var gebruikt = new List<KeyValuePair<string, string>>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var woorden = 0;

        foreach (var block in document.Descendants<Block>().ToList())
        {
            switch (block)
            {
                case HeadingBlock kop:
                    // The chapter title is the page's h1: headings in the body start at h2.
                    kop.Level = Math.Clamp(kop.Level + (kop.Level == 1 ? 1 : 0), 2, 6);
                    var tekst = Tekst(kop.Inline);
                    var id = UniekId(Anker(tekst), ids);
                    kop.GetAttributes().Id = id;
                    if (kop.Level <= 3)
                    {
                        inhoud.Add(new Kop(kop.Level, id, tekst));
                    }

                    break;
                case FencedCodeBlock code when string.Equals(code.Info, "kaart", StringComparison.OrdinalIgnoreCase):
                    var query = code.Lines.ToString().Trim();
                    links.Add(new GidsLink(LinkSoort.Kaart, "kaart:" + query, KaartUrl(query) ?? string.Empty));
                    var html = new HtmlBlock(null) { Type = HtmlBlockType.NonInterruptingBlock };
                    html.Lines = new Markdig.Helpers.StringLineGroup(KaartBlok(query, kaart));
                    Vervang(code, html);
                    break;
            }
        }

        foreach (var inline in document.Descendants<Inline>().ToList())
        {
            switch (inline)
            {
                case LinkInline { IsImage: true } beeld:
                    // No images in the guide (nothing to upload, nothing external to load): the alt text stays.
                    beeld.ReplaceBy(new LiteralInline(Tekst(beeld)));
                    break;
                case LinkInline link:
                    var (soort, doel) = Herschrijf(link.Url);
                    links.Add(new GidsLink(soort, link.Url ?? string.Empty, doel));
                    if (soort == LinkSoort.Geweigerd)
                    {
                        ZonderLink(link);
                    }
                    else
                    {
                        link.Url = doel;
                        link.Title = null;
                        if (soort == LinkSoort.Extern && !doel.StartsWith("mailto:", StringComparison.Ordinal) && !doel.StartsWith("tel:", StringComparison.Ordinal))
                        {
                            link.GetAttributes().AddProperty("rel", "external noopener noreferrer");
                        }
                    }

                    break;
                case AutolinkInline auto:
                    var (autoSoort, autoDoel) = Herschrijf(auto.IsEmail ? "mailto:" + auto.Url : auto.Url);
                    links.Add(new GidsLink(autoSoort, auto.Url, autoDoel));
                    if (autoSoort is not LinkSoort.Extern)
                    {
                        auto.ReplaceBy(new LiteralInline(auto.Url));
                    }

                    break;
            }
        }

        foreach (var literal in document.Descendants<LiteralInline>().ToList())
        {
            var tekst = literal.Content.ToString();
            woorden += Woorden(tekst);
            if (literal.Parent is null || IsIn<LinkInline>(literal) || IsInKop(literal))
            {
                continue;
            }

            VerklaarAfkortingen(literal, tekst, gebruikt);
        }

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<HtmlCustomContainerRenderer>(new CalloutRenderer());
        renderer.Render(document);
        writer.Flush();

        var veilig = _sanitizer.Sanitize(writer.ToString());
        return new GidsHtml(veilig, inhoud, gebruikt, links, woorden);
    }

    /// <summary>The heading id: lower case, diacritics folded (één → een), anything else a hyphen.</summary>
    public static string Anker(string tekst) => Slugs.From(tekst) is { Length: > 0 } anker ? anker : "deel";

    /// <summary>Where a link may go; anything not on the allowlist is refused.</summary>
    public static (LinkSoort Soort, string Doel) Herschrijf(string? url)
    {
        var u = (url ?? string.Empty).Trim();
        if (u.Length == 0 || u.Length > 2000 || u.Any(char.IsControl) || u.Contains('\\', StringComparison.Ordinal))
        {
            return (LinkSoort.Geweigerd, string.Empty);
        }

        if (u.StartsWith("kaart:", StringComparison.OrdinalIgnoreCase))
        {
            return KaartUrl(u[6..]) is { } kaartUrl ? (LinkSoort.Kaart, kaartUrl) : (LinkSoort.Geweigerd, string.Empty);
        }

        if (u.StartsWith("organisatie:", StringComparison.OrdinalIgnoreCase))
        {
            var slug = u[12..];
            return SlugPatroon().IsMatch(slug) ? (LinkSoort.Organisatie, ProfielUrls.Organisatie(slug)) : (LinkSoort.Geweigerd, string.Empty);
        }

        if (u.StartsWith('#'))
        {
            return (LinkSoort.Intern, "#" + Anker(u[1..]));
        }

        if (u.StartsWith('/') && !u.StartsWith("//", StringComparison.Ordinal))
        {
            return (LinkSoort.Intern, u);
        }

        if (Uri.TryCreate(u, UriKind.Absolute, out var absoluut) &&
            absoluut.Scheme is "http" or "https" or "mailto" or "tel" &&
            (absoluut.Scheme is "mailto" or "tel" || absoluut.Host.Length > 0))
        {
            return (LinkSoort.Extern, absoluut.Scheme is "http" or "https" ? absoluut.AbsoluteUri : u);
        }

        return (LinkSoort.Geweigerd, string.Empty);
    }

    /// <summary>"aanleiding=kinderarmoede&amp;vorm=toeleiding" → "/sociale-kaart?aanleiding=kinderarmoede&amp;vorm=toeleiding"; null when a key is unknown.</summary>
    public static string? KaartUrl(string query)
    {
        var velden = QueryHelpers.ParseQuery(query.TrimStart('?'));
        if (velden.Count == 0 || velden.Keys.Any(k => !KaartSleutels.Contains(k)))
        {
            return null;
        }

        return QueryHelpers.AddQueryString("/sociale-kaart", velden.SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string?>(kv.Key, v))));
    }

    private static string KaartBlok(string query, Func<string, KaartLijst?>? kaart)
    {
        var url = KaartUrl(query);
        if (url is null)
        {
            return "<p class=\"kaart-lijst-fout\">Deze lijst van de sociale kaart kon niet getoond worden.</p>";
        }

        var lijst = kaart?.Invoke(query);
        var html = new StringBuilder("<div class=\"kaart-lijst\">");
        if (lijst is null)
        {
            html.Append("<p><a href=\"").Append(WebUtility.HtmlEncode(url)).Append("\">Bekijk wie hierbij helpt in de sociale kaart</a></p>");
        }
        else if (lijst.Totaal == 0)
        {
            html.Append("<p>De sociale kaart heeft hier nu geen organisaties voor. <a href=\"/sociale-kaart\">Zoek zelf in de sociale kaart</a>.</p>");
        }
        else
        {
            html.Append("<p class=\"kaart-lijst-titel\">Uit de sociale kaart:</p><ul>");
            foreach (var regel in lijst.Regels)
            {
                html.Append("<li><a href=\"").Append(WebUtility.HtmlEncode(regel.Url)).Append("\">").Append(WebUtility.HtmlEncode(regel.Naam)).Append("</a> – ")
                    .Append(WebUtility.HtmlEncode(regel.Type));
                if (!string.IsNullOrEmpty(regel.Plaats))
                {
                    html.Append(", ").Append(WebUtility.HtmlEncode(regel.Plaats));
                }

                html.Append("</li>");
            }

            html.Append("</ul><p><a href=\"").Append(WebUtility.HtmlEncode(url)).Append("\">")
                .Append(lijst.Totaal == 1 ? "Bekijk dit resultaat in de sociale kaart" : $"Bekijk alle {lijst.Totaal} resultaten in de sociale kaart")
                .Append("</a></p>");
        }

        return html.Append("</div>").ToString();
    }

    private static void VerklaarAfkortingen(LiteralInline literal, string tekst, List<KeyValuePair<string, string>> gebruikt)
    {
        var match = AfkortingPatroon().Matches(tekst).FirstOrDefault(m => gebruikt.All(g => g.Key != m.Value));
        if (match is null)
        {
            return;
        }

        var uitleg = Afkortingen.Alle[match.Value];
        gebruikt.Add(new(match.Value, uitleg));
        var voor = new LiteralInline(tekst[..match.Index]);
        var abbr = new HtmlInline($"<abbr title=\"{WebUtility.HtmlEncode(uitleg)}\">{match.Value}</abbr>");
        var na = new LiteralInline(tekst[(match.Index + match.Length)..]);
        literal.ReplaceBy(voor);
        voor.InsertAfter(abbr);
        abbr.InsertAfter(na);
        VerklaarAfkortingen(na, na.Content.ToString(), gebruikt);
    }

    /// <summary>Replaces a refused link by its children: the text stays, the link goes.</summary>
    private static void ZonderLink(LinkInline link)
    {
        Inline vorige = link;
        foreach (var kind in link.ToList())
        {
            kind.Remove();
            vorige.InsertAfter(kind);
            vorige = kind;
        }

        link.Remove();
    }

    private static bool IsIn<T>(Inline inline) where T : Inline
    {
        for (var p = inline.Parent; p is not null; p = p.Parent)
        {
            if (p is T)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInKop(Inline inline)
    {
        Inline? top = inline;
        while (top!.Parent is not null)
        {
            top = top.Parent;
        }

        return top is ContainerInline { ParentBlock: HeadingBlock };
    }

    private static void Vervang(Block oud, Block nieuw)
    {
        var parent = oud.Parent!;
        var index = parent.IndexOf(oud);
        parent.RemoveAt(index);
        parent.Insert(index, nieuw);
    }

    private static string Tekst(ContainerInline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        foreach (var deel in inline.Descendants<Inline>())
        {
            switch (deel)
            {
                case LiteralInline l:
                    builder.Append(l.Content.ToString());
                    break;
                case CodeInline c:
                    builder.Append(c.Content);
                    break;
            }
        }

        return builder.ToString().Trim();
    }

    private static int Woorden(string tekst) =>
        tekst.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static string UniekId(string id, HashSet<string> ids)
    {
        var kandidaat = id;
        for (var i = 2; !ids.Add(kandidaat); i++)
        {
            kandidaat = $"{id}-{i}";
        }

        return kandidaat;
    }

    private static HtmlSanitizer MaakSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.Clear();
        foreach (var tag in new[]
                 {
                     "p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "a", "strong", "em", "del", "code", "pre", "blockquote",
                     "table", "thead", "tbody", "tr", "th", "td", "abbr", "div", "hr", "br",
                 })
        {
            sanitizer.AllowedTags.Add(tag);
        }

        sanitizer.AllowedAttributes.Clear();
        foreach (var attribute in new[] { "href", "id", "class", "title", "rel", "start" })
        {
            sanitizer.AllowedAttributes.Add(attribute);
        }

        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedAtRules.Clear();
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto", "tel" })
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }

        sanitizer.UriAttributes.Clear();
        sanitizer.UriAttributes.Add("href");
        sanitizer.AllowDataAttributes = false;
        return sanitizer;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,199}$")]
    private static partial Regex SlugPatroon();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(AgII|AVG|BuO|CAW|CKG|CLB|GOK|HvhK|JAC|LOP|OCMW|OKAN|SES|VGC)(?![\p{L}\p{N}])")]
    private static partial Regex AfkortingPatroon();

    /// <summary>Renders a known container as a callout with its Dutch title; an unknown one as its plain content.</summary>
    private sealed class CalloutRenderer : HtmlObjectRenderer<CustomContainer>
    {
        protected override void Write(HtmlRenderer renderer, CustomContainer container)
        {
            var soort = container.Info?.Trim().ToLowerInvariant() ?? string.Empty;
            if (!Callouts.TryGetValue(soort, out var titel))
            {
                renderer.WriteChildren(container);
                return;
            }

            renderer.Write("<div class=\"callout callout-").Write(soort).Write("\"><p class=\"callout-titel\"><strong>")
                .WriteEscape(titel).Write("</strong></p>");
            renderer.WriteChildren(container);
            renderer.Write("</div>");
        }
    }
}
