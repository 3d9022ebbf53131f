using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;

namespace Partnerschap.Web.Features.Profielbeheer;

/// <summary>One aanbod inside an <see cref="OrganisatieMomentopname"/>.</summary>
public sealed class AanbodMomentopname
{
    public Guid Id { get; init; }
    public required string Naam { get; init; }
    public string Beschrijving { get; init; } = string.Empty;
    public string? Kosten { get; init; }
    public bool Actief { get; init; } = true;
    public List<string> Doelgroepen { get; init; } = [];
    public List<string> Aanleidingen { get; init; } = [];
    public List<string> Samenwerkingsvormen { get; init; } = [];
    public List<string> Talen { get; init; } = [];
    public List<Locatie> Locaties { get; init; } = [];
    public List<Gebied> Werkingsgebied { get; init; } = [];

    public static AanbodMomentopname Van(Aanbod a) => new()
    {
        Id = a.Id,
        Naam = a.Naam,
        Beschrijving = a.Beschrijving,
        Kosten = a.Kosten,
        Actief = a.Actief,
        Doelgroepen = [.. a.Doelgroepen],
        Aanleidingen = [.. a.Aanleidingen],
        Samenwerkingsvormen = [.. a.Samenwerkingsvormen],
        Talen = [.. a.Talen],
        Locaties = a.Locaties.Select(l => new Locatie
        {
            Naam = l.Naam, Straat = l.Straat, Postcode = l.Postcode, GemeenteNis = l.GemeenteNis, Plaats = l.Plaats,
            Latitude = l.Latitude, Longitude = l.Longitude, Openingsuren = l.Openingsuren,
        }).ToList(),
        Werkingsgebied = a.Werkingsgebied.Select(g => new Gebied { Soort = g.Soort, Code = g.Code }).ToList(),
    };

    public void PasToeOp(Aanbod a)
    {
        a.Naam = Naam;
        a.Beschrijving = Beschrijving;
        a.Kosten = Kosten;
        a.Actief = Actief;
        a.Doelgroepen = [.. Doelgroepen];
        a.Aanleidingen = [.. Aanleidingen];
        a.Samenwerkingsvormen = [.. Samenwerkingsvormen];
        a.Talen = [.. Talen];
        a.Locaties = Locaties.Select(l => new Locatie
        {
            Naam = l.Naam, Straat = l.Straat, Postcode = l.Postcode, GemeenteNis = l.GemeenteNis, Plaats = l.Plaats,
            Latitude = l.Latitude, Longitude = l.Longitude, Openingsuren = l.Openingsuren,
        }).ToList();
        a.Werkingsgebied = Werkingsgebied.Select(g => new Gebied { Soort = g.Soort, Code = g.Code }).ToList();
    }

    /// <summary>Every editable field of the aanbod, the name included: a change to any of them is a change.</summary>
    public string Tekst()
    {
        var regels = new List<string> { "Naam: " + Naam, Beschrijving };
        if (!string.IsNullOrWhiteSpace(Kosten))
        {
            regels.Add("Kosten: " + Kosten);
        }

        if (Doelgroepen.Count > 0)
        {
            regels.Add("Voor wie: " + OrganisatieMomentopname.Labels(Vocabulaire.Doelgroepen, Doelgroepen));
        }

        if (Aanleidingen.Count > 0)
        {
            regels.Add("Aanleidingen: " + OrganisatieMomentopname.Labels(Vocabulaire.Aanleidingen, Aanleidingen));
        }

        if (Samenwerkingsvormen.Count > 0)
        {
            regels.Add("Samenwerkingsvormen: " + OrganisatieMomentopname.Labels(Vocabulaire.Samenwerkingsvormen, Samenwerkingsvormen));
        }

        if (Talen.Count > 0)
        {
            regels.Add("Talen: " + string.Join(", ", Talen.Select(TaalNamen.Naam)));
        }

        regels.Add(Actief ? "Actief" : "Niet actief");
        return string.Join("\n", regels.Where(r => !string.IsNullOrWhiteSpace(r)));
    }
}
