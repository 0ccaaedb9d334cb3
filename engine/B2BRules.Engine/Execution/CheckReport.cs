using B2BRules.Sdk;

namespace B2BRules.Engine.Execution;

/// <summary>Everything one run found: per-batch results, tool notifications, and the rules that ran.</summary>
public sealed record CheckReport(
    RuleCatalog Catalog,
    IReadOnlyList<BatchResult> Batches,
    IReadOnlyList<ToolNotification> Notifications,
    string ConfigurationSource,
    string SourceRoot)
{
    /// <summary>Tool notifications of the run and of every batch, in order; one that repeats word for word is shown once.</summary>
    public IEnumerable<ToolNotification> AllNotifications =>
        Notifications.Concat(Batches.SelectMany(b => b.Notifications)).DistinctBy(n => (n.Descriptor.Id, n.Message, n.Where));

    /// <summary>Every finding, file by file.</summary>
    public IEnumerable<Diagnostic> AllDiagnostics => Batches.SelectMany(b => b.Diagnostics);

    /// <summary>Whether the run stopped before checking any batch (a configuration error).</summary>
    public bool Stopped => Batches.Count == 0 && Notifications.Any(n => n.IsConfigurationError);

    /// <summary>The exit code of DESIGN §6: the highest that applies wins.</summary>
    public int ExitCode(FailOn failOn)
    {
        if (AllNotifications.Any(n => n.IsToolFailure))
        {
            return ExitCodes.ToolFailure;
        }

        if (AllNotifications.Any(n => n.IsConfigurationError))
        {
            return ExitCodes.UsageOrConfiguration;
        }

        var threshold = failOn switch { FailOn.Error => Severity.Error, FailOn.Warning => Severity.Warning, _ => (Severity?)null };
        return threshold is { } t && AllDiagnostics.Any(d => d.Severity >= t) ? ExitCodes.Findings : ExitCodes.Success;
    }
}

/// <summary>Which findings fail the run.</summary>
public enum FailOn
{
    Error = 0,
    Warning = 1,
    Never = 2,
}

/// <summary>The documented exit codes of <c>b2brules check</c> (DESIGN §6).</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Findings = 1;
    public const int UsageOrConfiguration = 2;
    public const int ToolFailure = 3;
}
