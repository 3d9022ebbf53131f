using System.Net;
using AngleSharp.Dom;

namespace Partnerschap.Tests.Infrastructure;

/// <summary>Two people edit the same profile at once: the shared scenario of every profile kind's conflict test.</summary>
public static class Gelijktijdig
{
    /// <summary>
    /// Both open the form at <paramref name="url"/> before either saves; the first saves <paramref name="veld"/> as
    /// <paramref name="eersteWaarde"/>, then the second tries <paramref name="tweedeWaarde"/>. Asserts the conflict
    /// screen as the second person sees it (409, both values, who saved first by role and without e-mail address, the
    /// own input kept) and returns it.
    /// </summary>
    public static async Task<IDocument> ConflictAsync(
        HttpClient eerste, string eersteEmail, HttpClient tweede, string url, string formulier, string veld, string eersteWaarde, string tweedeWaarde, string rol)
    {
        var formEerste = Html.FormFields(await Html.ParseAsync(await eerste.GetAsync(url)), formulier);
        var formTweede = Html.FormFields(await Html.ParseAsync(await tweede.GetAsync(url)), formulier);

        using var opgeslagen = await eerste.PostAsync(url, new FormUrlEncodedContent(formEerste.With(veld, eersteWaarde)));
        Assert.Equal(HttpStatusCode.Redirect, opgeslagen.StatusCode);

        using var conflict = await tweede.PostAsync(url, new FormUrlEncodedContent(formTweede.With(veld, tweedeWaarde)));
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var page = await Html.ParseAsync(conflict);
        var tabel = page.Text(".conflict table");
        Assert.Contains(eersteWaarde, tabel);
        Assert.Contains(tweedeWaarde, tabel);
        Assert.Contains($"({rol})", page.Text(".conflict"));
        Assert.DoesNotContain(eersteEmail, page.Text(".conflict"));
        Assert.Equal(tweedeWaarde, page.QuerySelector("#" + veld.Replace('.', '_'))?.GetAttribute("value"));
        return page;
    }
}
