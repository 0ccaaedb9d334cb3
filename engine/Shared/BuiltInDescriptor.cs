using B2BRules.Sdk;

namespace B2BRules.BuiltIn;

/// <summary>
/// The one descriptor factory of B2BRules' own rules: it derives the help link from the ID so that every built-in rule
/// points at its page under docs/rules. Linked as source into the engine and each built-in plugin, because plugins share
/// no assembly but the SDK.
/// </summary>
internal static class BuiltInDescriptor
{
    public const string DocsBaseUri = "https://github.com/b2brules/b2brules/blob/main/docs/rules/";

    public static RuleDescriptor Create(
        string id,
        string title,
        string messageFormat,
        string category,
        Severity defaultSeverity,
        string description,
        RuleScope scope = RuleScope.Row,
        params string[] tags) =>
        new(id, title, messageFormat, category, defaultSeverity, isEnabledByDefault: true, description, DocsBaseUri + id + ".md", tags)
        {
            Scope = scope,
        };

    /// <summary>A rule off unless a profile or rules file turns it on (the directory rules, which builtin:entra turns on).</summary>
    public static RuleDescriptor CreateOffByDefault(
        string id, string title, string messageFormat, string category, Severity severity, string description, RuleScope scope, params string[] tags) =>
        new(id, title, messageFormat, category, severity, isEnabledByDefault: false, description, DocsBaseUri + id + ".md", tags)
        {
            Scope = scope,
        };

    /// <summary>
    /// The same rule with another message: a rule whose message states a fact about the service declares one descriptor
    /// per profile and reports with the one for the profile in force (the first declared speaks for the rule in metadata).
    /// </summary>
    public static RuleDescriptor WithMessage(RuleDescriptor rule, string messageFormat) =>
        new(rule.Id, rule.Title, messageFormat, rule.Category, rule.DefaultSeverity, rule.IsEnabledByDefault, rule.Description, rule.HelpUri, [.. rule.Tags])
        {
            Scope = rule.Scope,
        };

    /// <summary>The descriptor whose message is true under the profile in force.</summary>
    public static RuleDescriptor ForProfile(Policy policy, RuleDescriptor preview2016, RuleDescriptor entra) =>
        policy.Profile == ServiceProfile.Entra ? entra : preview2016;
}
