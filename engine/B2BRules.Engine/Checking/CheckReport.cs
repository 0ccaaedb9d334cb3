using B2BRules.Engine.Baselines;
using B2BRules.Engine.Configuration;
using B2BRules.Engine.Execution;
using B2BRules.Engine.Findings;
using B2BRules.Engine.Plugins;
using B2BRules.Sdk;

namespace B2BRules.Engine.Checking;

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

    /// <summary>Every finding with its suppression and baseline state, file by file.</summary>
    public IEnumerable<Finding> AllFindings => Batches.SelectMany(b => b.Findings);

    /// <summary>The rules file as reports name it: relative to the source root, else its file name or profile (never a machine path).</summary>
    public string ConfigurationName =>
        Sarif.SarifUri.TryRelative(ConfigurationSource, SourceRoot, out var relative) ? relative
        : Path.IsPathRooted(ConfigurationSource) ? Path.GetFileName(ConfigurationSource)
        : ConfigurationSource;

    /// <summary>Baseline results no longer found (only with a baseline).</summary>
    public IReadOnlyList<BaselineResult> Absent { get; init; } = [];

    /// <summary>Whether a baseline was compared.</summary>
    public bool HasBaseline { get; init; }

    public DateTimeOffset? StartTimeUtc { get; init; }

    public DateTimeOffset? EndTimeUtc { get; init; }

    /// <summary>The levels and options in force before per-file overrides (for SARIF's ruleConfigurationOverrides).</summary>
    public FileSettings? RunSettings { get; init; }

    /// <summary>Whether the run stopped before checking any batch (a configuration error).</summary>
    public bool Stopped => Batches.Count == 0 && Notifications.Any(n => n.IsConfigurationError);

    /// <summary>
    /// The exit code of docs/ci.md: the highest that applies wins. Suppressed findings never count; with
    /// <paramref name="onlyNew"/> only findings new against the baseline do; <paramref name="maxWarnings"/> fails a run
    /// with more warnings than that, as ESLint's option does.
    /// </summary>
    public int ExitCode(FailOn failOn, bool onlyNew = false, int? maxWarnings = null)
    {
        if (AllNotifications.Any(n => n.IsToolFailure))
        {
            return ExitCodes.ToolFailure;
        }

        if (AllNotifications.Any(n => n.IsConfigurationError))
        {
            return ExitCodes.UsageOrConfiguration;
        }

        var counted = AllFindings.Where(f => !f.IsSuppressed && (!onlyNew || f.Baseline is null or BaselineState.New)).Select(f => f.Diagnostic);
        var threshold = failOn switch { FailOn.Error => Severity.Error, FailOn.Warning => Severity.Warning, _ => (Severity?)null };
        var failed = (threshold is { } t && counted.Any(d => d.Severity >= t)) || (maxWarnings is { } max && counted.Count(d => d.Severity == Severity.Warning) > max);
        return failed ? ExitCodes.Findings : ExitCodes.Success;
    }
}

/// <summary>Which findings fail the run.</summary>
public enum FailOn
{
    Error = 0,
    Warning = 1,
    Never = 2,
}

/// <summary>The documented exit codes of <c>b2brules check</c> (docs/ci.md).</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Findings = 1;
    public const int UsageOrConfiguration = 2;
    public const int ToolFailure = 3;
    public const int AdapterStopped = 4;
}
