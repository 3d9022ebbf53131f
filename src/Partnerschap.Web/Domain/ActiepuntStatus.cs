namespace Partnerschap.Web.Domain;

/// <summary>Where an <see cref="Actiepunt"/> stands. Stored as its number.</summary>
public enum ActiepuntStatus
{
    TeDoen = 0,
    Bezig = 1,
    Gedaan = 2,
    Geschrapt = 3,
}
