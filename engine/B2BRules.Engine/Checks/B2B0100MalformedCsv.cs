using B2BRules.BuiltIn;
using B2BRules.Sdk;

namespace B2BRules.Engine.Checks;

/// <summary>B2B0100: csv record is malformed. Reported by the batch reader, which checks no other rule on such input.</summary>
internal static class B2B0100MalformedCsv
{
    public static readonly RuleDescriptor Rule = BuiltInDescriptor.Create(
        "B2B0100",
        "CSV record is malformed",
        "The record is malformed: {0}; fix the quoting so that every cell is read as written",
        "Format",
        Severity.Error,
        "A record whose quoting is broken cannot be read reliably: a stray quote or an unclosed quoted cell shifts every following cell. B2BRules never repairs such a record silently; it reports it and checks no rule on it.",
        RuleScope.Row,
        "format");
}
