using B2BRules.Sdk;

namespace B2BRules.Engine.Execution;

/// <summary>Whether a tool problem is about configuration (rules.yaml, plugins) or about running rules.</summary>
public enum NotificationKind
{
    Execution = 0,
    Configuration = 1,
}

/// <summary>A problem of the tool rather than of the batch (B2B9xxx): SARIF invocation notifications.</summary>
/// <param name="Descriptor">Which notification.</param>
/// <param name="Message">What happened, naming rule, plugin and row where they apply.</param>
/// <param name="Where">The place in a batch or rules file, when there is one.</param>
/// <param name="Level">How serious.</param>
/// <param name="Kind">Configuration or execution.</param>
/// <param name="RuleId">The rule concerned, if any.</param>
public sealed record ToolNotification(RuleDescriptor Descriptor, string Message, Location? Where, Severity Level, NotificationKind Kind, string? RuleId = null)
{
    /// <summary>Whether this notification makes the run a tool failure (exit code 3).</summary>
    public bool IsToolFailure => Descriptor.Id is ToolNotifications.RuleThrewId or ToolNotifications.PluginLoadFailedId
        or ToolNotifications.RuleTimedOutId or ToolNotifications.DuplicateRuleIdId or ToolNotifications.RegexTimedOutId;

    /// <summary>Whether this notification makes the run a configuration error (exit code 2).</summary>
    public bool IsConfigurationError => Descriptor.Id == ToolNotifications.ConfigurationInvalidId && Level == Severity.Error;
}
