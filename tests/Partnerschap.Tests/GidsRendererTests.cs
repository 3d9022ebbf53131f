using AngleSharp.Html.Parser;
using Partnerschap.Web.Features.Gids.Markdown;

namespace Partnerschap.Tests;

/// <summary>The guide's Markdown: what authors can use, and a corpus of attacks that must never reach the page.</summary>
public sealed class GidsRendererTests
{
    private static readonly GidsRenderer Renderer = new();
    private static readonly HtmlParser Parser = new();
    private static readonly string[] VerbodenAttributen = ["style", "src", "srcdoc", "formaction", "action"];

    [Fact]
    public void Headings_get_anchors_with_Dutch_diacritics_folded_and_form_the_table_of_contents()
    {
        var html = Renderer.Render("# Eén brugfiguur per school?\n\nTekst.\n\n## Wat doet een CLB-medewerker?\n\n## Wat doet een CLB-medewerker?\n\n#### Te diep voor de inhoud");

        Assert.Equal(["een-brugfiguur-per-school", "wat-doet-een-clb-medewerker", "wat-doet-een-clb-medewerker-2"], html.Inhoud.Select(k => k.Id));
        Assert.Equal([2, 2, 2], html.Inhoud.Select(k => k.Niveau)); // "#" in a body is an h2: the chapter title is the h1
        var document = Parser.ParseDocument(html.Html);
        Assert.Equal("Eén brugfiguur per school?", document.QuerySelector("h2#een-brugfiguur-per-school")!.TextContent);
        Assert.NotNull(document.QuerySelector("h4#te-diep-voor-de-inhoud"));
    }

    [Theory]
    [InlineData("tip", "Tip")]
    [InlineData("let-op", "Let op")]
    [InlineData("uit-de-praktijk", "Uit de praktijk")]
    [InlineData("wettelijk-kader", "Wettelijk kader")]
    public void Callouts_render_with_their_Dutch_title(string soort, string titel)
    {
        var html = Renderer.Render($"::: {soort}\nBel eerst even op.\n:::\n");

        var callout = Parser.ParseDocument(html.Html).QuerySelector($"div.callout.callout-{soort}")!;
        Assert.Equal(titel, callout.QuerySelector(".callout-titel")!.TextContent);
        Assert.Contains("Bel eerst even op.", callout.TextContent);
    }

    [Fact]
    public void The_first_use_of_each_abbreviation_is_explained_and_listed_but_not_inside_links_or_headings()
    {
        var html = Renderer.Render("## Het CLB\n\nHet CLB en het OCMW werken samen. Het CLB helpt.\n\n[Naar het LOP](/gids/lop)");

        var document = Parser.ParseDocument(html.Html);
        var abbr = document.QuerySelectorAll("abbr");
        Assert.Equal(["CLB", "OCMW"], abbr.Select(a => a.TextContent));
        Assert.Equal("Centrum voor Leerlingenbegeleiding", abbr[0].GetAttribute("title"));
        Assert.Empty(document.QuerySelectorAll("h2 abbr, a abbr"));
        Assert.Equal(["CLB", "OCMW"], html.Afkortingen.Select(a => a.Key));
    }

    [Fact]
    public void Kaart_and_organisatie_links_point_into_the_portal_and_a_kaart_block_becomes_a_live_list()
    {
        string? gevraagd = null;
        var html = Renderer.Render(
            "[wie helpt bij kinderarmoede](kaart:aanleiding=kinderarmoede) en [De Sleutel](organisatie:huiswerkklas-de-sleutel).\n\n```kaart\nvorm=toeleiding&type=ocmw\n```\n",
            query =>
            {
                gevraagd = query;
                return new KaartLijst([new KaartRegel("Sociaal Huis <Gent>", "/organisaties/sociaal-huis-gent", "OCMW / sociaal huis", "Gent")], 7);
            });

        var document = Parser.ParseDocument(html.Html);
        var hrefs = document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/sociale-kaart?aanleiding=kinderarmoede", hrefs);
        Assert.Contains("/organisaties/huiswerkklas-de-sleutel", hrefs);
        Assert.Equal("vorm=toeleiding&type=ocmw", gevraagd);
        var lijst = document.QuerySelector(".kaart-lijst")!;
        Assert.Contains("Sociaal Huis <Gent>", lijst.TextContent); // escaped, shown as text
        Assert.Contains("/sociale-kaart?vorm=toeleiding&type=ocmw", lijst.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Bekijk alle 7 resultaten", lijst.TextContent);
        Assert.Equal([LinkSoort.Kaart, LinkSoort.Kaart, LinkSoort.Organisatie], html.Links.Select(l => l.Soort).Order());
    }

    [Fact]
    public void Reading_time_counts_words()
    {
        var html = Renderer.Render(string.Join(' ', Enumerable.Repeat("woord", 1000)));

        Assert.Equal(1000, html.Woorden);
        Assert.Equal(5, html.Leestijd);
    }

    public static TheoryData<string> Aanvallen() =>
    [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<style>body{display:none}</style>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">klik</a>",
        "[klik](javascript:alert(1))",
        "[klik](JaVaScRiPt:alert(1))",
        "[klik](jav&#x61;script:alert(1))",
        "[klik](java\tscript:alert(1))",
        "[klik]( javascript:alert(1) )",
        "[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[klik](vbscript:msgbox(1))",
        "[klik](//evil.example/pad)",
        "[klik](\\\\evil.example\\pad)",
        "<javascript:alert(1)>",
        "<data:text/html,<script>alert(1)</script>>",
        "![x](javascript:alert(1))",
        "![x\" onerror=\"alert(1)](https://evil.example/x.png)",
        "[klik](https://example.org \"\\\" onmouseover=\\\"alert(1)\")",
        "[klik](https://example.org){onclick=alert(1)}",
        "## Kop {#x onclick=alert(1)}",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<svg><script>alert(1)</script></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "::: tip\n<script>alert(1)</script>\n:::",
        "::: \" onclick=\"alert(1)\n tekst\n:::",
        "```kaart\naanleiding=<script>alert(1)</script>\n```",
        "```kaart\njavascript=alert(1)\n```",
        "[[[[[[[[[[[[[[[[[[[[nested](javascript:alert(1))]]]]]]]]]]",
        "*[*[*[klik](javascript:alert(1))*]*]*",
        "[a](<javascript:alert(1)>)",
        "[a][ref]\n\n[ref]: javascript:alert(1)",
        "<div onmouseover=\"alert(1)\">x</div>",
        "<!-- <script>alert(1)</script> -->",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "| a | b |\n|---|---|\n| <script>alert(1)</script> | [x](javascript:alert(1)) |",
        "[klik](organisatie:../../admin)",
        "[klik](kaart:aanleiding=x&onclick=alert(1))",
        "<form action=\"https://evil.example\"><input name=x></form>",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
        "<base href=\"https://evil.example/\">",
        "<object data=\"https://evil.example/x.swf\"></object>",
    ];

    [Theory]
    [MemberData(nameof(Aanvallen))]
    public void Nothing_executable_reaches_the_page(string aanval)
    {
        var html = Renderer.Render(aanval, _ => new KaartLijst([], 0));

        var document = Parser.ParseDocument("<body>" + html.Html + "</body>");
        Assert.Empty(document.QuerySelectorAll("script, style, iframe, object, embed, form, input, meta, base, svg, math, img, link"));
        foreach (var element in document.QuerySelectorAll("*"))
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{attribute.Name} op <{element.LocalName}> uit {aanval}");
                Assert.DoesNotContain(attribute.Name, VerbodenAttributen);
            }
        }

        foreach (var link in document.QuerySelectorAll("[href]"))
        {
            var href = link.GetAttribute("href")!;
            Assert.True(
                href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) || href.StartsWith('#') ||
                href.StartsWith("https://", StringComparison.Ordinal) || href.StartsWith("http://", StringComparison.Ordinal) ||
                href.StartsWith("mailto:", StringComparison.Ordinal) || href.StartsWith("tel:", StringComparison.Ordinal),
                $"href {href} uit {aanval}");
        }
    }

    [Fact]
    public void Refused_links_keep_their_text_and_are_reported()
    {
        var html = Renderer.Render("Lees [dit stuk](javascript:alert(1)) goed.");

        Assert.Contains("Lees dit stuk goed.", Parser.ParseDocument(html.Html).Body!.TextContent);
        Assert.Equal(LinkSoort.Geweigerd, Assert.Single(html.Links).Soort);
    }
}
