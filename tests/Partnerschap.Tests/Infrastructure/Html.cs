using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Partnerschap.Tests.Infrastructure;

/// <summary>Reading pages and submitting their forms the way a browser would.</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>GETs <paramref name="path"/> and returns the antiforgery token of its first POST form.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var document = await ParseAsync(response);
        var token = document.QuerySelector("main form[method=post] input[name=__af]")
            ?? document.QuerySelector("form[method=post] input[name=__af]");
        return token?.GetAttribute("value")
            ?? throw new InvalidOperationException($"Geen antiforgery-token op {path} ({(int)response.StatusCode}).");
    }

    /// <summary>GETs the form page, then POSTs the fields plus the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        HttpClient client, string formPage, string action, IDictionary<string, string> fields)
    {
        var token = await AntiforgeryTokenAsync(client, formPage);
        var values = new Dictionary<string, string>(fields) { ["__af"] = token };
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password = PortalFactory.Wachtwoord)
    {
        var response = await SubmitAsync(client, "/aanmelden", "/aanmelden",
            new Dictionary<string, string> { ["Email"] = email, ["Wachtwoord"] = password });
        return response;
    }

    public static async Task<HttpClient> SignedInClientAsync(PortalFactory factory, string email)
    {
        var client = factory.CreateClient();
        using var response = await SignInAsync(client, email);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Aanmelden van {email} mislukte: {(int)response.StatusCode}");
        }

        return client;
    }

    /// <summary>The hidden fields of the page's main form (link tokens, ids, antiforgery), as a browser would send them.</summary>
    public static Dictionary<string, string> HiddenFields(IDocument page) =>
        page.QuerySelectorAll("main form input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? string.Empty);

    public static string Text(this IDocument document, string selector) =>
        document.QuerySelector(selector)?.TextContent.Trim() ?? string.Empty;
}
