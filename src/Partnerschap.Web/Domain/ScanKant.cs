namespace Partnerschap.Web.Domain;

/// <summary>Which side of a <see cref="Samenwerking"/> filled in a scan. Stored as its number.</summary>
public enum ScanKant
{
    School = 1,
    Organisatie = 2,
}
