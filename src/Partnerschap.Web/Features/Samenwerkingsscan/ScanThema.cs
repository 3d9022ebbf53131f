namespace Partnerschap.Web.Features.Samenwerkingsscan;

/// <summary>A theme of the scan: its statements (also those no longer asked), the gids section that treats it (<c>hoofdstuk#kop</c>) and a next step per stage.</summary>
public sealed record ScanThema(string Code, string Titel, string Uitleg, string Gids, ScanFasen Fasen, IReadOnlyList<ScanStelling> Stellingen)
{
    /// <summary>The statements that are still asked.</summary>
    public IEnumerable<ScanStelling> Gevraagd => Stellingen.Where(s => !s.Vervallen);

    /// <summary>The URL of the gids section.</summary>
    public string GidsUrl => "/gids/" + Gids;

    public string VolgendeStap(ScanFase fase) => fase switch
    {
        ScanFase.Beginnend => Fasen.Beginnend,
        ScanFase.Groeiend => Fasen.Groeiend,
        _ => Fasen.Sterk,
    };
}
