namespace Partnerschap.Web.Features.Foutpaginas;

public sealed record FoutViewModel(int Code, string Titel, string Uitleg)
{
    public static FoutViewModel For(int code) => code switch
    {
        400 => new(code, "Er klopt iets niet in je aanvraag",
            "Het portaal kon je aanvraag niet verwerken. Misschien bleef de pagina te lang open staan. Ga terug, laad de pagina opnieuw en probeer het nog eens."),
        401 or 403 => new(403, "Je hebt geen toegang tot deze pagina",
            "Deze pagina is alleen voor mensen met een bepaalde rol. Denk je dat je toegang zou moeten hebben? Vraag het aan de beheerder van het portaal."),
        404 => new(code, "Deze pagina bestaat niet",
            "Misschien is de pagina verhuisd of typte je het adres verkeerd. Gebruik de zoekfunctie van de sociale kaart of ga naar de startpagina."),
        408 => new(code, "Je aanvraag kwam te traag binnen",
            "Het portaal wachtte te lang op de gegevens van je formulier. Misschien is je verbinding traag of viel ze even weg. Probeer het opnieuw."),
        413 => new(code, "Je aanvraag is te groot",
            "Wat je verstuurde is groter dan het portaal aanneemt. Verstuur minder tekst of kleinere bestanden en probeer het opnieuw."),
        503 => new(code, "Het is even erg druk",
            "Het portaal krijgt op dit moment meer vragen dan het aankan. Wacht enkele seconden en probeer het dan opnieuw."),
        429 => new(code, "Even geduld",
            "Je deed in korte tijd te veel aanvragen. Wacht een minuut en probeer het dan opnieuw."),
        _ when code >= 500 => new(500, "Er liep iets mis",
            "Er ging iets fout bij het portaal. Dat ligt niet aan jou. Probeer het later opnieuw. Blijft het probleem? Neem dan contact met ons op."),
        _ => new(code, "Dat lukte niet", "Het portaal kon je aanvraag niet verwerken."),
    };
}
