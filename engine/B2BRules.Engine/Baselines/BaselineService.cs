using B2BRules.Engine.Checking;
using B2BRules.Engine.Findings;
using B2BRules.Engine.Reporting;
using B2BRules.Engine.Sarif;

namespace B2BRules.Engine.Baselines;

/// <summary>
/// <c>b2brules baseline create</c> and <c>baseline prune</c>: a baseline is the SARIF log of a run (suppressed results
/// included), so teams can adopt the tool on old batches and gate pull requests on new findings only.
/// </summary>
public sealed class BaselineService(CheckService checkService, SarifReportWriter sarif)
{
    /// <summary>Checks the inputs and writes every finding as the baseline. Returns the run and how many results were written.</summary>
    public (CheckReport Report, int Written) Create(CheckRequest request, string output, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(request);
        var report = checkService.Run(request with { BaselinePath = null });
        if (!report.Stopped)
        {
            Write(report, output, options);
        }

        return (report, report.AllFindings.Count());
    }

    /// <summary>
    /// Re-checks the inputs against a baseline and writes back only the baseline's results that still occur: fixed ones
    /// are dropped, new ones are not added. Returns the run, how many results were kept and how many dropped.
    /// </summary>
    public (CheckReport Report, int Kept, int Dropped) Prune(CheckRequest request, string baseline, string output, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(request);
        var report = checkService.Run(request with { BaselinePath = baseline });
        if (report.Stopped)
        {
            return (report, 0, 0);
        }

        var kept = report with
        {
            Batches = [.. report.Batches.Select(b => b with { Findings = [.. b.Findings.Where(f => f.Baseline is not BaselineState.New)] })],
            Absent = [],
            HasBaseline = false,
        };
        Write(kept, output, options);
        return (report, kept.AllFindings.Count(), report.Absent.Count);
    }

    private void Write(CheckReport report, string output, ReportOptions options)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using var stream = File.Create(output);
        sarif.Write(report, stream, options with { OmitSuppressed = false, MaxResults = null });
    }
}
