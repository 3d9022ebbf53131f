using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Foutmeldingen;

/// <summary>The profile a melding is about, and who handles it (the organisatie or school; for a brugfiguur its employer).</summary>
public sealed record GemeldProfiel(ProfielSoort Soort, Guid Id, string Naam, string Url, Guid? OrganisatieId, Guid? SchoolId);

public sealed record MeldEenFoutViewModel(GemeldProfiel Profiel, MeldingFormulier Formulier);

public sealed record MeldingBedanktViewModel(GemeldProfiel Profiel, bool MetEmail);

public sealed record MeldingenViewModel(IReadOnlyList<Melding> Meldingen, IReadOnlyDictionary<MeldingStatus, int> Aantallen, MeldingStatus? Filter, string? Organisatie, bool IsBeheerder)
{
    public static string Label(MeldingStatus status) => status switch
    {
        MeldingStatus.Nieuw => "Nieuw",
        MeldingStatus.InBehandeling => "In behandeling",
        MeldingStatus.Opgelost => "Opgelost",
        _ => "Afgewezen",
    };
}

/// <summary>The suggestion page: the profile, the chosen field (null: choose one first) with its value now, and the form.</summary>
public sealed record SuggestieViewModel(GemeldProfiel Profiel, SuggestieVeld? Veld, string? HuidigeWaarde, SuggestieFormulier Formulier)
{
    public IReadOnlyList<SuggestieVeld> Velden => Suggesties.Velden(Profiel.Soort);
}
