using B2BRules.BuiltIn;
using B2BRules.Sdk;

namespace B2BRules.Engine.Checks;

/// <summary>B2B0111: text is not valid utf-8. Reported by the batch reader, which checks no other rule on such input.</summary>
internal static class B2B0111TextEncoding
{
    public static readonly RuleDescriptor Rule = BuiltInDescriptor.Create(
        "B2B0111",
        "Text is not valid UTF-8",
        "Line {0} holds bytes that are not valid UTF-8; they were read as U+FFFD ('{1}'). Save the file as UTF-8",
        "Format",
        Severity.Error,
        "Batches must be UTF-8 (with or without a byte-order mark). A file saved in a legacy code page (ANSI) garbles names such as Díaz or Müller, and the portal imports the garbled text.",
        RuleScope.Row,
        "format");
}
