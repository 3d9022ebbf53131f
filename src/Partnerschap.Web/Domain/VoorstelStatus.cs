namespace Partnerschap.Web.Domain;

/// <summary>Where a proposal to put a new organisatie on the map ("Zet je organisatie op de kaart") stands.</summary>
public enum VoorstelStatus
{
    /// <summary>Sent, but the proposer has not yet confirmed their e-mail address; the Beheerder does not see it yet.</summary>
    EmailNietBevestigd,

    /// <summary>Confirmed and waiting for the Beheerder.</summary>
    Ingediend,

    /// <summary>The Beheerder asked the proposer to change something; the proposer can edit and send it again.</summary>
    WijzigingenGevraagd,

    /// <summary>Published as an organisatie; the proposer became a member.</summary>
    Goedgekeurd,

    /// <summary>Refused, with a reason that was mailed to the proposer.</summary>
    Geweigerd,
}
