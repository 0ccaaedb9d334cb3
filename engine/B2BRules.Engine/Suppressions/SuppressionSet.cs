using B2BRules.Engine.Configuration;
using B2BRules.Engine.Execution;
using B2BRules.Engine.Findings;
using B2BRules.Sdk;

namespace B2BRules.Engine.Suppressions;

/// <summary>
/// Applies governed suppressions to a run's findings. A suppressed finding stays in the reports, marked, and leaves the
/// exit code alone. An expired entry stops suppressing (B2B9009); an entry that matched nothing is unused (B2B9010); an
/// entry that tries to suppress an error of a protected rule (policy.suppressions.protectedRules, default B2B0001 and
/// B2B0002) is refused and the finding stays (B2B9011).
/// </summary>
public sealed class SuppressionSet
{
    public static readonly IReadOnlyList<string> DefaultProtectedRules = ["B2B0001", "B2B0002"];

    private readonly IReadOnlyList<SuppressionEntry> _entries;

    private SuppressionSet(string? source, IReadOnlyList<SuppressionEntry> entries)
    {
        Source = source;
        _entries = entries;
    }

    /// <summary>No suppressions.</summary>
    public static SuppressionSet None { get; } = new(null, []);

    /// <summary>The file the entries came from, or null.</summary>
    public string? Source { get; }

    public int Count => _entries.Count;

    /// <summary>
    /// Loads the suppressions file: the given path (which must exist), else b2brules.suppressions.yaml in the current
    /// directory when there is one. Throws <see cref="ConfigurationException"/> for a broken file.
    /// </summary>
    public static SuppressionSet Load(string? path)
    {
        var file = path ?? (File.Exists(SuppressionFileParser.DefaultFileName) ? SuppressionFileParser.DefaultFileName : null);
        if (file is null)
        {
            return None;
        }

        if (!File.Exists(file))
        {
            throw new ConfigurationException($"The suppressions file '{file}' does not exist.");
        }

        using var reader = File.OpenText(file);
        return new SuppressionSet(file, SuppressionFileParser.Parse(file, reader));
    }

    /// <summary>Marks the findings the entries match, and reports expired, unused and refused entries.</summary>
    public (IReadOnlyList<BatchResult> Batches, IReadOnlyList<ToolNotification> Notifications) Apply(
        IReadOnlyList<BatchResult> batches, Policy policy, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(batches);
        ArgumentNullException.ThrowIfNull(policy);
        if (_entries.Count == 0)
        {
            return (batches, []);
        }

        var protectedRules = ProtectedRules(policy);
        var used = new HashSet<SuppressionEntry>();
        var refused = new HashSet<SuppressionEntry>();
        var active = _entries.Where(e => !e.IsExpired(today)).ToList();
        var result = batches.Select(batch => batch with
        {
            Findings = batch.Findings.Mark(finding =>
            {
                var entry = active.FirstOrDefault(e => Matches(e, finding, batch.FilePath));
                if (entry is null)
                {
                    return finding;
                }

                used.Add(entry);
                var accepted = !(finding.Diagnostic.Severity == Severity.Error && protectedRules.Contains(finding.Diagnostic.Id));
                if (!accepted)
                {
                    refused.Add(entry);
                }

                return finding with { Suppression = new AppliedSuppression(entry.Justification, entry.Owner, accepted) };
            }),
        }).ToList();

        var notifications = _entries.Where(e => e.IsExpired(today)).Select(e => Note(ToolNotifications.SuppressionExpired, Severity.Warning, e,
                $"The suppression of {e.Rule} for {e.Target} expired on {e.Expires:yyyy-MM-dd}; its findings are reported again"))
            .Concat(refused.Select(e => Note(ToolNotifications.SuppressionNotAllowed, Severity.Warning, e,
                $"The suppression of {e.Rule} for {e.Target} is refused: errors of {e.Rule} may not be suppressed (policy.suppressions.protectedRules)")))
            .Concat(active.Where(e => !used.Contains(e)).Select(e => Note(ToolNotifications.SuppressionUnused, Severity.Note, e,
                $"The suppression of {e.Rule} for {e.Target} matched no finding; remove it")))
            .ToList();
        return (result, notifications);
    }

    private static bool Matches(SuppressionEntry entry, Finding finding, string filePath)
    {
        if (!string.Equals(entry.Rule, finding.Diagnostic.Id, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (entry.Email is { } email)
        {
            return string.Equals(email, finding.Email, StringComparison.OrdinalIgnoreCase);
        }

        if (entry.Fingerprint is { } fingerprint)
        {
            return string.Equals(fingerprint, finding.Fingerprint, StringComparison.OrdinalIgnoreCase);
        }

        return string.Equals(entry.File, filePath, StringComparison.Ordinal)
            && (entry.Record is null || entry.Record == finding.Diagnostic.Location.RecordNumber);
    }

    private static HashSet<string> ProtectedRules(Policy policy) =>
        (policy.Raw.TryGetOptions("suppressions", out var options) ? options.GetStringList("protectedRules", DefaultProtectedRules) : DefaultProtectedRules)
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static ToolNotification Note(RuleDescriptor descriptor, Severity level, SuppressionEntry entry, string message) =>
        new(descriptor, message, entry.Where, level, NotificationKind.Configuration, entry.Rule);
}
