using B2BRules.BuiltIn;
using B2BRules.Sdk;

namespace B2BRules.Engine.Checks;

/// <summary>B2B0101: batch format or header not recognised. Reported by the batch reader, which checks no other rule on such input.</summary>
internal static class B2B0101UnrecognisedFormat
{
    public static readonly RuleDescriptor Rule = BuiltInDescriptor.Create(
        "B2B0101",
        "Batch format or header not recognised",
        "{0}",
        "Format",
        Severity.Error,
        "The header must be the Entra bulk-invite template (a version:v1.0 line, then column headings with bracketed property names) or one of the 2015/2016 preview headers. An upload whose first rows are changed cannot be processed.",
        RuleScope.Batch,
        "format");
}
