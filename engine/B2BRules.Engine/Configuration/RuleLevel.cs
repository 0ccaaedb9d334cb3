using B2BRules.Sdk;

namespace B2BRules.Engine.Configuration;

/// <summary>What rules.yaml may say of a rule: a severity, or off.</summary>
public enum RuleLevel
{
    Off = 0,
    Hidden = 1,
    Note = 2,
    Warning = 3,
    Error = 4,
}

internal static class RuleLevels
{
    public const string Words = "error, warning, note, hidden or off";

    public static bool TryParse(string text, out RuleLevel level)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "error": level = RuleLevel.Error; return true;
            case "warning": level = RuleLevel.Warning; return true;
            case "note": level = RuleLevel.Note; return true;
            case "hidden": level = RuleLevel.Hidden; return true;
            case "off": level = RuleLevel.Off; return true;
            default: level = RuleLevel.Off; return false;
        }
    }

    public static RuleLevel From(Severity severity) => severity switch
    {
        Severity.Error => RuleLevel.Error,
        Severity.Warning => RuleLevel.Warning,
        Severity.Note => RuleLevel.Note,
        _ => RuleLevel.Hidden,
    };

    public static Severity ToSeverity(RuleLevel level) => level switch
    {
        RuleLevel.Error => Severity.Error,
        RuleLevel.Warning => Severity.Warning,
        RuleLevel.Note => Severity.Note,
        _ => Severity.Hidden,
    };
}
