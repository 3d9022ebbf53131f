using System.Text.Json;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.Profielbeheer;

namespace Partnerschap.Web.Features.OrganisatieToevoegen;

/// <summary>
/// <see cref="Organisatievoorstel.Gegevens"/> is the profile form (<see cref="OrganisatieFormulier"/>) as JSON: the
/// proposer can edit it again as typed, and approving it runs the same checks and mapping as any profile save.
/// </summary>
public static class VoorstelGegevens
{
    public static string Json(OrganisatieFormulier formulier)
    {
        formulier.Locaties.RemoveAll(l => l.IsLeeg || l.Verwijderen);
        formulier.Versie = 0;
        return JsonSerializer.Serialize(formulier, Momentopnamen.Opties);
    }

    public static OrganisatieFormulier Formulier(Organisatievoorstel voorstel)
    {
        var formulier = JsonSerializer.Deserialize<OrganisatieFormulier>(voorstel.Gegevens, Momentopnamen.Opties) ?? OrganisatieFormulier.Nieuw();
        formulier.VulVormenAan();
        formulier.ZorgVoorLegeLocatie();
        return formulier;
    }

    /// <summary>Puts what the queue and the similarity check read beside the JSON: name, gemeente, KBO number.</summary>
    public static void Neem(Organisatievoorstel voorstel, OrganisatieFormulier formulier, OrganisatieMomentopname invoer)
    {
        voorstel.OrganisatieNaam = invoer.Naam;
        voorstel.KboNummer = invoer.KboNummer;
        voorstel.GemeenteNis = invoer.Locaties.FirstOrDefault()?.GemeenteNis
            ?? invoer.Werkingsgebied.FirstOrDefault(g => g.Soort == GebiedSoort.Gemeente)?.Code;
        voorstel.Gegevens = Json(formulier);
    }
}
