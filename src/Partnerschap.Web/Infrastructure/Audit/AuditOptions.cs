namespace Partnerschap.Web.Infrastructure.Audit;

public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>How long audit events are kept; older ones are deleted by the daily job.</summary>
    public int BewaarDagen { get; set; } = 730;
}
