namespace Partnerschap.Web.Domain;

/// <summary>Which kind of profile a membership, version or melding is about.</summary>
public enum ProfielSoort
{
    Organisatie,
    School,
    Brugfiguur,
}
