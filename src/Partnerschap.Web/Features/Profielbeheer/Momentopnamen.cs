using System.Text.Json;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Profielbeheer;

/// <summary>One line of a profile as people read it: a stable key, a Dutch label and the value as text.</summary>
public sealed record ProfielVeld(string Sleutel, string Label, string Waarde);

public static class Momentopnamen
{
    public static readonly JsonSerializerOptions Opties = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    /// <summary>The fields whose value differs between two states, labelled with the newest label.</summary>
    public static List<VeldWijziging> Verschillen(IReadOnlyList<ProfielVeld> oud, IReadOnlyList<ProfielVeld> nieuw)
    {
        var oudePerSleutel = oud.ToDictionary(v => v.Sleutel);
        var nieuwePerSleutel = nieuw.ToDictionary(v => v.Sleutel);
        var wijzigingen = new List<VeldWijziging>();
        foreach (var veld in nieuw)
        {
            var vorige = oudePerSleutel.GetValueOrDefault(veld.Sleutel)?.Waarde ?? string.Empty;
            if (!string.Equals(vorige, veld.Waarde, StringComparison.Ordinal))
            {
                wijzigingen.Add(new VeldWijziging(veld.Label, Leeg(vorige), Leeg(veld.Waarde)));
            }
        }

        foreach (var veld in oud.Where(v => !nieuwePerSleutel.ContainsKey(v.Sleutel) && v.Waarde.Length > 0))
        {
            wijzigingen.Add(new VeldWijziging(veld.Label, veld.Waarde, null));
        }

        return wijzigingen;
    }

    public static string Json(IReadOnlyList<VeldWijziging> wijzigingen) => JsonSerializer.Serialize(wijzigingen, Opties);

    public static IReadOnlyList<VeldWijziging> LeesWijzigingen(string json) =>
        JsonSerializer.Deserialize<List<VeldWijziging>>(json, Opties) ?? [];

    private static string? Leeg(string waarde) => waarde.Length == 0 ? null : waarde;
}
