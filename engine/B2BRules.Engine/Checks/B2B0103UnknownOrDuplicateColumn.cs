using B2BRules.BuiltIn;
using B2BRules.Sdk;

namespace B2BRules.Engine.Checks;

/// <summary>B2B0103: column is unknown or duplicated. Reported by the batch reader, which checks no other rule on such input.</summary>
internal static class B2B0103UnknownOrDuplicateColumn
{
    public static readonly RuleDescriptor Rule = BuiltInDescriptor.Create(
        "B2B0103",
        "Column is unknown or duplicated",
        "{0}",
        "Format",
        Severity.Warning,
        "Columns the format does not define are ignored by the portal, and a column that appears twice is rejected ('Unknown CSV header found ... Please remove duplicate columns').",
        RuleScope.Batch,
        "format");
}
