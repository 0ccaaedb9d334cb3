using B2BRules.BuiltIn;
using B2BRules.Sdk;

namespace B2BRules.Engine.Checks;

/// <summary>B2B0102: required column is missing. Reported by the batch reader, which checks no other rule on such input.</summary>
internal static class B2B0102MissingRequiredColumn
{
    public static readonly RuleDescriptor Rule = BuiltInDescriptor.Create(
        "B2B0102",
        "Required column is missing",
        "The {0} header has no '{1}' column, which the format requires",
        "Format",
        Severity.Error,
        "Each format has required columns: inviteeEmail and inviteRedirectURL in the Entra template; Email, DisplayName and InviteContactUsUrl in the 2015 preview; Email and DisplayName in the 2016 preview.",
        RuleScope.Batch,
        "format");
}
