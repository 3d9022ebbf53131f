using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.Gids.Markdown;

namespace Partnerschap.Web.Features.Gids;

public sealed record GepubliceerdHoofdstuk(string Slug, string Titel, string Samenvatting, GidsGroep Groep, DateOnly? LaatstNagekeken, string Tekst);

public sealed record GidsOverzicht(IReadOnlyList<GepubliceerdHoofdstuk> Hoofdstukken)
{
    public static string GroepTitel(GidsGroep groep) => groep switch
    {
        GidsGroep.Inleiding => "Inleiding",
        GidsGroep.Waarom => "Waarom samenwerken?",
        GidsGroep.Voorwaarden => "Onder welke voorwaarden lukt het?",
        GidsGroep.Rollen => "Wie doet wat?",
        GidsGroep.Samenwerkingsvormen => "Vier vormen van samenwerking",
        GidsGroep.Ondersteuning => "Wie ondersteunt jullie?",
        _ => "Uit de praktijk",
    };
}

public sealed record AfdrukHoofdstuk(GepubliceerdHoofdstuk Hoofdstuk, GidsHtml Html);

public sealed record GidsTreffer(string Hoofdstuk, string Deel, string Url, string Fragment, int Score);

public sealed record GidsZoekResultaat(string Vraag, IReadOnlyList<GidsTreffer> Treffers, string? Fout);

public sealed record FeedbackRegel(string Titel, string Slug, int Ja, int Nee, IReadOnlyList<(bool Nuttig, string Opmerking, DateTimeOffset Tijdstip)> Opmerkingen);

public sealed record HoofdstukViewModel(GepubliceerdHoofdstuk Hoofdstuk, GidsHtml Html, GepubliceerdHoofdstuk? Vorige, GepubliceerdHoofdstuk? Volgende);
