using B2BRules.Engine.Findings;
using B2BRules.Sdk;

namespace B2BRules.Engine.Execution;

/// <summary>What checking one batch produced.</summary>
/// <param name="FilePath">The path as reported (relative to the source root, '/' separated).</param>
/// <param name="FullPath">The file on disk.</param>
/// <param name="Format">The recognised format.</param>
/// <param name="RowCount">How many invitee rows were handed to rules.</param>
/// <param name="Findings">The findings, in deterministic order.</param>
/// <param name="Notifications">Tool problems met while checking this batch.</param>
public sealed record BatchResult(
    string FilePath,
    string FullPath,
    BatchFormat Format,
    int RowCount,
    BatchFindings Findings,
    IReadOnlyList<ToolNotification> Notifications)
{
    /// <summary>The file's size and SHA-256 (lower-case hex) as it was checked, for SARIF's artifacts; null when its stream could not be read again.</summary>
    public (long Length, string Sha256)? Content { get; init; }

    /// <summary>Rules abandoned in this batch for overrunning their budget: they sit out every later batch of the run.</summary>
    internal IReadOnlyList<RegisteredRule> TimedOut { get; init; } = [];

    /// <summary>The findings' diagnostics, in order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => [.. Findings.Select(f => f.Diagnostic)];
}
