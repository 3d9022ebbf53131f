using System.Runtime.CompilerServices;

namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

/// <summary>One mask per <see cref="KaartFilter"/> (indexed by <see cref="KaartFilter.Positie"/>), without an allocation.</summary>
[InlineArray(KaartFilters.Aantal)]
public struct FilterBits
{
    private ulong _eerste;
}
