using B2BRules.BuiltIn;
using B2BRules.Sdk;

namespace B2BRules.Engine.Checks;

/// <summary>
/// B2B0117: a header's bracketed property name differs in case from the template's (<c>[inviteRedirectUrl]</c> for
/// <c>[inviteRedirectURL]</c>). B2BRules reads the column either way; the template's first two rows must not be
/// modified. Reported by the batch reader on the header cell.
/// </summary>
internal static class B2B0117BracketNameCase
{
    public static readonly RuleDescriptor Rule = BuiltInDescriptor.Create(
        "B2B0117",
        "Header's bracketed name differs in case from the template's",
        "The header names '[{0}]', but the template spells it '[{1}]'; keep the template's spelling",
        "Format",
        Severity.Note,
        "The bulk-invite tutorial says the first two rows of the upload template must not be removed or modified, or the " +
        "upload can't be processed. A bracketed property name retyped in another case is such a change.",
        RuleScope.Batch,
        "format");
}
