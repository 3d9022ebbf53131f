using System.Security.Cryptography;
using System.Text;

namespace Partnerschap.Web.Features.Api.Hsds;

/// <summary>
/// HSDS gives every nested record (a phone, an address, an attribute) an id of its own; the portal stores them as
/// parts of their profile. Their ids are derived from the profile's id, the record's role and its position: the same
/// data always gets the same ids (stable ETags, a datapackage whose rows join), without storing anything.
/// </summary>
public static class HsdsIds
{
    /// <summary>The namespace of the ids of the portal's taxonomies and their terms, which belong to no profile.</summary>
    private static readonly Guid Vocabulaires = new("6f0c3f5e-2d0a-4c38-9d55-7b8f4a1e0c14");

    /// <summary>A name-based UUID (RFC 9562 version 8): the first 16 bytes of SHA-256 over the parent and the role.</summary>
    public static Guid Afgeleid(Guid ouder, string rol, int index = 0)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{ouder:N}/{rol}/{index}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    public static Guid Taxonomie(string taxonomie) => Afgeleid(Vocabulaires, "taxonomy:" + taxonomie);

    public static Guid Term(string taxonomie, string code) => Afgeleid(Vocabulaires, $"taxonomy_term:{taxonomie}:{code}");
}
