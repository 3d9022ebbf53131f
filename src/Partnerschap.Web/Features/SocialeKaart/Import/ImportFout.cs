namespace Partnerschap.Web.Features.SocialeKaart.Import;

/// <summary>One problem in an import file: where (line and path) and what, in Dutch. Line 0: the whole file (it could not be read as lines).</summary>
public sealed record ImportFout(int Regel, string Pad, string Melding)
{
    public override string ToString() => Regel > 0 ? $"regel {Regel}: {Pad}: {Melding}" : $"{Pad}: {Melding}";
}
