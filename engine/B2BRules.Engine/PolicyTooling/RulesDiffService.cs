using B2BRules.Engine.Checking;
using B2BRules.Engine.Configuration;
using B2BRules.Engine.Findings;
using B2BRules.Engine.Reporting;
using B2BRules.Sdk;

namespace B2BRules.Engine.PolicyTooling;

/// <summary>
/// <c>b2brules rules diff</c>: what a change to a rules file does. The same batches are checked under the base and the
/// head rules file, and the two reports are compared finding by finding — which appear, which disappear, which change
/// severity — beside every rule whose effective severity, options or source (the <c>rules explain</c> chain) changed.
/// </summary>
public sealed partial class RulesDiffService(CheckService checks, RuleInventory inventory)
{
    /// <summary>Checks the batches under both rules files and compares. Configuration errors throw.</summary>
    public RulesDiff Run(RulesDiffRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var before = Check(request, request.BaseRules, cancellationToken);
        var after = Check(request, request.HeadRules, cancellationToken);
        var root = Input.InputResolver.ResolveSourceRoot(request.SourceRoot);
        var files = request.Inputs.Count == 0 ? [] : Input.InputResolver.ResolveInputs(request.Inputs, root);
        var rules = RuleChanges(inventory.Open(request.BaseRules, sourceRoot: request.SourceRoot, tenantPath: request.TenantPath),
            inventory.Open(request.HeadRules, sourceRoot: request.SourceRoot, tenantPath: request.TenantPath),
            [null, .. files.Select(f => (Full: f, Shown: Input.InputResolver.DisplayPath(f, root)))]);
        return new RulesDiff(FindingChanges(before, after), rules, after.Batches.Count);
    }

    private CheckReport Check(RulesDiffRequest request, string? rules, CancellationToken cancellationToken)
    {
        if (request.Inputs.Count == 0)
        {
            return new CheckReport(Plugins.RuleCatalog.Create([], []), [], [], rules ?? ConfigurationLoader.DefaultProfile, request.SourceRoot ?? ".");
        }

        var report = checks.Run(new CheckRequest(request.Inputs, rules, request.SourceRoot, TenantPath: request.TenantPath), null, cancellationToken);
        if (report.AllNotifications.FirstOrDefault(n => n.IsConfigurationError) is { } problem)
        {
            throw new ConfigurationException(problem.Message, problem.Where);
        }

        return report;
    }

    /// <summary>
    /// Findings are matched by batch, rule, place and message; a finding found in both with another severity has changed
    /// severity. Suppressed findings never count, as in <c>check</c>. Repeats of one key pair up in order.
    /// </summary>
    private static List<FindingChange> FindingChanges(CheckReport before, CheckReport after)
    {
        static IEnumerable<(FindingKey Key, Severity Severity)> Keyed(CheckReport report) =>
            report.Batches.SelectMany(b => b.Findings.Where(f => !f.IsSuppressed).Select(f => (Key(b.FilePath, f), f.Diagnostic.Severity)));

        var remaining = Keyed(before).GroupBy(k => k.Key).ToDictionary(g => g.Key, g => new Queue<Severity>(g.Select(k => k.Severity)));
        var changes = new List<FindingChange>();
        foreach (var (key, severity) in Keyed(after))
        {
            if (remaining.TryGetValue(key, out var queue) && queue.TryDequeue(out var was))
            {
                if (was != severity)
                {
                    changes.Add(new FindingChange(FindingChangeKind.SeverityChanged, key, was, severity));
                }
            }
            else
            {
                changes.Add(new FindingChange(FindingChangeKind.Appeared, key, null, severity));
            }
        }

        changes.AddRange(remaining.SelectMany(p => p.Value.Select(s => new FindingChange(FindingChangeKind.Disappeared, p.Key, s, null))));
        return [.. changes.OrderBy(c => c.Key.File, StringComparer.Ordinal).ThenBy(c => c.Key.Line).ThenBy(c => c.Key.Column)
            .ThenBy(c => c.Key.RuleId, StringComparer.Ordinal).ThenBy(c => c.Kind)];
    }

    private static FindingKey Key(string file, Finding finding) =>
        new(file, finding.Diagnostic.Id, finding.Diagnostic.Location.StartLine, finding.Diagnostic.Location.StartColumn, finding.Diagnostic.Message);

    /// <summary>
    /// Each rule as the rules files leave it in general, then for each batch (an override may change it for some files
    /// only); the first place where the two differ is reported.
    /// </summary>
    private static List<RuleChange> RuleChanges(RuleSet before, RuleSet after, IReadOnlyList<(string Full, string Shown)?> scopes)
    {
        var ids = before.List().Select(e => e.Descriptor.Id).Union(after.List().Select(e => e.Descriptor.Id), StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var changes = new List<RuleChange>();
        foreach (var id in ids)
        {
            foreach (var scope in scopes)
            {
                var was = State(before, id, scope?.Full);
                var now = State(after, id, scope?.Full);
                if (was != now)
                {
                    changes.Add(new RuleChange(id, was, now, scope?.Shown));
                    break;
                }
            }
        }

        return changes;
    }

    private static string Anonymous(string origin, string rulesFile)
    {
        foreach (var name in new[] { "rules file " + rulesFile, "rules file " + Path.GetFileName(rulesFile), rulesFile, Path.GetFileName(rulesFile) })
        {
            origin = origin.Replace(name, "this rules file", StringComparison.Ordinal);
        }

        return Place().Replace(origin, string.Empty);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\(\d+,\d+\)")]
    private static partial System.Text.RegularExpressions.Regex Place();

    private static RuleState? State(RuleSet rules, string id, string? forFile)
    {
        if (!rules.Catalog.DescriptorsById.ContainsKey(id))
        {
            return null;
        }

        var explanation = rules.Explain(id, forFile);
        // The chain's places are left out (moving a setting within the file changes nothing it does), and so is the
        // rules file's own name, which differs between two files or a revision's copy.
        var source = string.Join(" → ", explanation.Chain.Select(s => $"{s.Level.ToString().ToLowerInvariant()} ({Anonymous(s.Origin, rules.Configuration.Source)})"));
        var options = string.Join("; ", explanation.Options.Select(o => $"{o.Name}: {RulesTextWriter.Render(o.Value)}"));
        return new RuleState(explanation.Entry.Level, source, options, explanation.Entry.Component.Origin);
    }
}

/// <summary>What <c>rules diff</c> compares: the batches, and the two rules files (null: the default, as in check).</summary>
public sealed record RulesDiffRequest(IReadOnlyList<string> Inputs, string? BaseRules, string? HeadRules, string? SourceRoot = null, string? TenantPath = null);

/// <summary>The differences, in report order (batch, line, column, rule), and the rules whose settings changed.</summary>
public sealed record RulesDiff(IReadOnlyList<FindingChange> Findings, IReadOnlyList<RuleChange> Rules, int BatchCount)
{
    /// <summary>Exit 1 when the head adds findings at or above the level (a new one, or one raised to it).</summary>
    public bool Adds(FailOn failOn) => failOn != FailOn.Never && Findings.Any(c =>
        c.After is { } after && after >= (failOn == FailOn.Error ? Severity.Error : Severity.Warning)
        && (c.Kind == FindingChangeKind.Appeared || c.Before < after));
}

/// <summary>A finding's identity across the two runs.</summary>
public sealed record FindingKey(string File, string RuleId, int Line, int Column, string Message);

/// <summary>How a finding differs.</summary>
public enum FindingChangeKind
{
    /// <summary>Only under the head rules file.</summary>
    Appeared = 0,

    /// <summary>Only under the base rules file.</summary>
    Disappeared = 1,

    /// <summary>Under both, at another severity.</summary>
    SeverityChanged = 2,
}

/// <summary>One finding that differs; <see cref="Before"/> or <see cref="After"/> is null where it does not occur.</summary>
public sealed record FindingChange(FindingChangeKind Kind, FindingKey Key, Severity? Before, Severity? After);

/// <summary>A rule as a rules file leaves it: effective level, the chain that set it, its options, where the rule comes from.</summary>
public sealed record RuleState(RuleLevel Level, string Source, string Options, string Origin);

/// <summary>
/// A rule whose state differs; <see cref="Before"/> or <see cref="After"/> is null where the rule is not loaded.
/// <see cref="ForFile"/> names the batch it differs for when only an override for some files changed.
/// </summary>
public sealed record RuleChange(string RuleId, RuleState? Before, RuleState? After, string? ForFile = null);
