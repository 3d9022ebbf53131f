using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Gids;

public sealed record GelezenHoofdstuk(string Bestand, string Slug, string Titel, string Samenvatting, GidsGroep Groep, int Volgorde, HoofdstukStatus Status, DateOnly? LaatstNagekeken, string Tekst);
