namespace Partnerschap.Web.Features.SocialeKaart.Import;

/// <summary>One problem in an import file: where (line and path) and what, in Dutch.</summary>
public sealed record ImportFout(int Regel, string Pad, string Melding)
{
    public override string ToString() => $"regel {Regel}: {Pad}: {Melding}";
}
