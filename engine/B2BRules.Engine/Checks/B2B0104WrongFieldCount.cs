using B2BRules.BuiltIn;
using B2BRules.Sdk;

namespace B2BRules.Engine.Checks;

/// <summary>B2B0104: record has the wrong number of fields. Reported by the batch reader, which checks no other rule on such input.</summary>
internal static class B2B0104WrongFieldCount
{
    public static readonly RuleDescriptor Rule = BuiltInDescriptor.Create(
        "B2B0104",
        "Record has the wrong number of fields",
        "Record {0} has {1} fields but the header has {2}; cells would land in the wrong columns",
        "Format",
        Severity.Error,
        "A record with more or fewer fields than the header usually means an unquoted comma (often in the customised message) or a lost cell; its values cannot be matched to columns, so no rule is checked on it.",
        RuleScope.Row,
        "format");
}
