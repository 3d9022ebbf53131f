namespace Partnerschap.Web.Features.Samenwerkingsscan;

/// <summary>
/// The outcome of one theme for one set of answers: how many of its statements got an answer on the scale, their
/// average (1–4) and the stage, or no stage when fewer than half were answered.
/// </summary>
public sealed record ThemaUitslag(ScanThema Thema, int Beantwoord, int WeetNiet, int Aantal, double? Gemiddelde, ScanFase? Fase);
