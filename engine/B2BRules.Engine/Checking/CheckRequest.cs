namespace B2BRules.Engine.Checking;

/// <summary>What to check and how: the inputs of <c>b2brules check</c>.</summary>
/// <param name="Inputs">Files, directories (every *.csv below, sorted) or globs.</param>
/// <param name="RulesPath">The rules file; null reads rules.yaml in the current directory, else the default profile.</param>
/// <param name="SourceRoot">The root report paths are relative to; null means the git work tree's top, else the current directory.</param>
/// <param name="InviterRole">The uploader's role, overriding policy.inviter.role.</param>
/// <param name="Severities">--severity ID=level entries, applied after everything in the rules files.</param>
/// <param name="SuppressionsPath">The suppressions file; null reads b2brules.suppressions.yaml in the current directory if present.</param>
/// <param name="BaselinePath">A baseline SARIF log to compare with, or null.</param>
/// <param name="RuleTimeout">How long one rule call may take before the rule is abandoned (B2B9004); null is the default, 5 s.</param>
/// <param name="MaxParallelism">How many batches are checked at once; null means one per processor. Reports are the same whatever it is.</param>
/// <param name="TenantPath">A tenant snapshot (--tenant), overriding <c>tenant:</c> in the rules files.</param>
/// <param name="InviterType">The inviter's user type, member or guest (--inviter-type).</param>
/// <param name="Route">How the batches reach the service: uploaded (check's default) or through Graph (the graph adapter).</param>
public sealed record CheckRequest(
    IReadOnlyList<string> Inputs,
    string? RulesPath = null,
    string? SourceRoot = null,
    string? InviterRole = null,
    IReadOnlyList<string>? Severities = null,
    string? SuppressionsPath = null,
    string? BaselinePath = null,
    TimeSpan? RuleTimeout = null,
    int? MaxParallelism = null,
    string? TenantPath = null,
    string? InviterType = null,
    Sdk.InvitationRoute Route = Sdk.InvitationRoute.Upload);
