namespace Partnerschap.Web.Features.Ontwikkeling;

public sealed record OutboxBerichtViewModel(long Id, string Aan, string Onderwerp, string Tekst, DateTimeOffset VerstuurdOp, IReadOnlyList<string> Links);
