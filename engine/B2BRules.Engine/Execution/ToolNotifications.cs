using System.Collections.Immutable;
using B2BRules.Sdk;

namespace B2BRules.Engine.Execution;

/// <summary>The tool notifications the engine raises (B2B9000–9999, listed in docs/ci.md): SARIF <c>tool.driver.notifications</c>.</summary>
public static class ToolNotifications
{
    public const string RuleThrewId = "B2B9001";
    public const string PluginLoadFailedId = "B2B9002";
    public const string ConfigurationInvalidId = "B2B9003";
    public const string RuleTimedOutId = "B2B9004";
    public const string UndeclaredDescriptorId = "B2B9005";
    public const string DuplicateRuleIdId = "B2B9006";
    public const string PluginWroteToConsoleId = "B2B9007";
    public const string RegexTimedOutId = "B2B9008";
    public const string SuppressionExpiredId = "B2B9009";
    public const string SuppressionUnusedId = "B2B9010";
    public const string SuppressionNotAllowedId = "B2B9011";
    public const string LogCappedId = "B2B9012";

    public static readonly RuleDescriptor RuleThrew = Create(RuleThrewId, "A rule threw an exception",
        "A rule threw an exception and was quarantined for the rest of the batch (its earlier findings stay), or a fix provider threw and offers no more fixes in the run. Report it to the plugin's authors.");

    public static readonly RuleDescriptor PluginLoadFailed = Create(PluginLoadFailedId, "A plugin failed to load",
        "A plugin assembly could not be loaded: it is missing, built against another major version of B2BRules.Sdk, or has no [InvitationRule] type.");

    public static readonly RuleDescriptor ConfigurationInvalid = Create(ConfigurationInvalidId, "rules.yaml is invalid",
        "The rules file, a file it extends, or a rule's options are invalid; or a rule ID in it matches no rule.");

    public static readonly RuleDescriptor RuleTimedOut = Create(RuleTimedOutId, "A rule timed out",
        "A rule call exceeded its time budget (--rule-timeout) and was quarantined for the rest of the run; its earlier findings stay.");

    public static readonly RuleDescriptor UndeclaredDescriptor = Create(UndeclaredDescriptorId, "A rule reported an undeclared descriptor",
        "A rule reported a finding whose descriptor is not in its SupportedRules; the finding is not reported.");

    public static readonly RuleDescriptor DuplicateRuleId = Create(DuplicateRuleIdId, "Two plugins claim one rule ID",
        "Two loaded rules declare the same rule ID; the later one is not run.");

    public static readonly RuleDescriptor PluginWroteToConsole = Create(PluginWroteToConsoleId, "A plugin wrote to the console",
        "Plugin code printed to the console while it ran. The text is kept out of the tool's output, so machine-readable " +
        "reports on stdout stay intact; plugins should report findings instead.");

    public static readonly RuleDescriptor RegexTimedOut = Create(RegexTimedOutId, "A regular expression timed out",
        "A rule's regular expression took longer than its time limit on one cell, so the rule was quarantined for the rest " +
        "of the batch. Simplify the pattern (avoid nested quantifiers, backreferences and lookarounds).");

    public static readonly RuleDescriptor SuppressionExpired = Create(SuppressionExpiredId, "A suppression expired",
        "A suppression's expiry date has passed, so it no longer suppresses: the findings it covered are reported again. " +
        "Fix them, or renew the entry with a new justification.");

    public static readonly RuleDescriptor SuppressionUnused = Create(SuppressionUnusedId, "A suppression matched nothing",
        "A suppression matched no finding of this run; the problem may be fixed. Remove the entry so that it cannot hide a new finding later.");

    public static readonly RuleDescriptor SuppressionNotAllowed = Create(SuppressionNotAllowedId, "A suppression is not allowed for that severity",
        "The policy forbids suppressing errors of this rule (policy.suppressions.protectedRules), so the finding stays.");

    public static readonly RuleDescriptor LogCapped = Create(LogCappedId, "The SARIF log was capped",
        "The log holds fewer results than the run found because --sarif-max-results asked for a cap (GitHub keeps 5,000 results per run).");

    public static ImmutableArray<RuleDescriptor> All { get; } =
    [
        RuleThrew, PluginLoadFailed, ConfigurationInvalid, RuleTimedOut, UndeclaredDescriptor, DuplicateRuleId, PluginWroteToConsole,
        RegexTimedOut, SuppressionExpired, SuppressionUnused, SuppressionNotAllowed, LogCapped,
    ];

    // Notifications have no page each: their table in docs/ci.md is their documentation.
    private static RuleDescriptor Create(string id, string title, string description) =>
        new(id, title, "{0}", "Tool", Severity.Error, isEnabledByDefault: true, description, HelpUri, "tool") { Scope = RuleScope.Batch };

    private const string HelpUri = "https://github.com/b2brules/b2brules/blob/main/docs/ci.md#tool-notifications";
}
