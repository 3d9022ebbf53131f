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
        page.QuerySelectorAll("main form input[type=hidden]").GroupBy(i => i.GetAttribute("name")!).ToDictionary(g => g.Key, g => g.First().GetAttribute("value") ?? string.Empty);

    public static string Text(this IDocument document, string selector) =>
        document.QuerySelector(selector)?.TextContent.Trim() ?? string.Empty;

    /// <summary>
    /// Every value the form would send as it stands (text, hidden, checked boxes and radios, selected options,
    /// textareas), in document order; repeated names stay repeated.
    /// </summary>
    public static List<KeyValuePair<string, string>> FormFields(IDocument page, string formSelector)
    {
        var form = page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"Geen formulier {formSelector}.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input, select, textarea"))
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled"))
            {
                continue;
            }

            switch (element.LocalName)
            {
                case "textarea":
                    fields.Add(new(name, element.TextContent.StartsWith('\n') ? element.TextContent[1..] : element.TextContent));
                    break;
                case "select":
                    var option = element.QuerySelector("option[selected]") ?? element.QuerySelector("option");
                    if (option is not null)
                    {
                        fields.Add(new(name, option.GetAttribute("value") ?? option.TextContent));
                    }

                    break;
                default:
                    var type = element.GetAttribute("type") ?? "text";
                    if (type is "submit" or "button")
                    {
                        continue;
                    }

                    if (type is "checkbox" or "radio" && !element.HasAttribute("checked"))
                    {
                        continue;
                    }

                    fields.Add(new(name, element.GetAttribute("value") ?? (type is "checkbox" or "radio" ? "on" : string.Empty)));
                    break;
            }
        }

        return fields;
    }

    /// <summary>Replaces every value of <paramref name="name"/> with <paramref name="value"/> (or adds it).</summary>
    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> fields, string name, string value)
    {
        var index = fields.FindIndex(f => f.Key == name);
        fields.RemoveAll(f => f.Key == name);
        fields.Insert(index < 0 ? fields.Count : index, new(name, value));
        return fields;
    }

    /// <summary>GETs the page, fills its form (<paramref name="formSelector"/>) as it stands, changes some fields and submits it.</summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(
        HttpClient client, string page, string formSelector, Func<List<KeyValuePair<string, string>>, List<KeyValuePair<string, string>>>? change = null)
    {
        using var response = await client.GetAsync(page);
        var document = await ParseAsync(response);
        var form = document.QuerySelector(formSelector) ?? throw new InvalidOperationException($"Geen formulier {formSelector} op {page} ({(int)response.StatusCode}).");
        var fields = FormFields(document, formSelector);
        fields = change?.Invoke(fields) ?? fields;
        return await client.PostAsync(form.GetAttribute("action") ?? page, new FormUrlEncodedContent(fields));
    }
}
