using B2BRules.BuiltIn;
using B2BRules.Sdk;

namespace B2BRules.Engine.Checks;

/// <summary>B2B0112: row is blank. Reported by the batch reader, which checks no other rule on such input.</summary>
internal static class B2B0112BlankRow
{
    public static readonly RuleDescriptor Rule = BuiltInDescriptor.Create(
        "B2B0112",
        "Row is blank",
        "Record {0} is blank; remove it",
        "Format",
        Severity.Warning,
        "A blank row (or a row of empty cells left by a spreadsheet) invites nobody and is counted as a failure by the upload.",
        RuleScope.Row,
        "format");
}
