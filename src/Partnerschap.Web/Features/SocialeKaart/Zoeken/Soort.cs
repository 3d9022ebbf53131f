namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

/// <summary>What the sociale kaart lists: one of three kinds of profile.</summary>
public enum Soort
{
    Organisaties,
    Scholen,
    Brugfiguren,
}
