using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;

namespace Partnerschap.Web.Features.GidsBeheer;

public enum DiffSoort
{
    Gelijk,
    Weg,
    Bij,
}
