using System.Text.Json.Serialization;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

/// <summary>
/// The JSON columns <see cref="KaartLezer"/> reads, as EF Core writes them (property names as in the domain, enums as
/// their names): serialization code generated at compile time, so the first build after a start does not first
/// generate it by reflection.
/// </summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
[JsonSerializable(typeof(Aanspreekpunt))]
[JsonSerializable(typeof(List<Locatie>))]
[JsonSerializable(typeof(List<Gebied>))]
[JsonSerializable(typeof(List<VormToelichting>))]
[JsonSerializable(typeof(string[]))]
internal sealed partial class KaartJson : JsonSerializerContext;
