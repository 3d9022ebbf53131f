namespace Partnerschap.Web.Features;

/// <summary>The <c>tel:</c> address of a phone number as people write it ("09 000 00 01", "0470/12.34.56").</summary>
public static class Telefoonlink
{
    public static string Href(string nummer) =>
        "tel:" + string.Concat(nummer.Where(c => !char.IsWhiteSpace(c) && c is not '.' and not '/' and not '-'));
}
