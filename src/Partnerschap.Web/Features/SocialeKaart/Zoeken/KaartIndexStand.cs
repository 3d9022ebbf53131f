namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

/// <summary>
/// What a <see cref="KaartIndex"/> was built from, so that the next check can tell what changed without reading the
/// whole map: per organisation its document and a fingerprint (<see cref="Vingerafdruk"/>), and one fingerprint of
/// everything else the index reads (schools, brugfiguren, samenwerkingen, hulpvragen). When that one differs, the index
/// is built anew; otherwise only the organisations whose fingerprint differs are read again.
/// </summary>
public sealed class KaartIndexStand(Dictionary<Guid, (int Doc, long Afdruk)> organisaties, string overige)
{
    public IReadOnlyDictionary<Guid, (int Doc, long Afdruk)> Organisaties { get; } = organisaties;

    public string Overige { get; } = overige;

    /// <summary>
    /// The fingerprint of an organisation as the index shows it: its version (raised by every change that is shown),
    /// the date it was last checked (changed without a new version) and the id and version of each of its aanbod (an
    /// aanbod has versions of its own). Equal fingerprints: nothing to read again.
    /// </summary>
    public static long Vingerafdruk(int versie, DateOnly? gecontroleerd, IEnumerable<(Guid Id, int Versie)> aanbod)
    {
        long afdruk = HashCode.Combine(versie, gecontroleerd);
        foreach (var (id, aanbodVersie) in aanbod)
        {
            // A sum, so the order in which the database returns the aanbod does not matter.
            afdruk += (long)HashCode.Combine(id, aanbodVersie) << 16;
        }

        return afdruk;
    }
}
