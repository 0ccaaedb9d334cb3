using System.Collections.Immutable;
using B2BRules.BuiltIn;
using B2BRules.Sdk;

namespace B2BRules.Engine.Checks;

/// <summary>
/// B2B0116: the display name is longer than the 256 characters a Microsoft Entra user's displayName holds. Measured on
/// the trimmed value, as the adapters send it, in UTF-16 code units.
/// </summary>
[InvitationRule]
internal sealed class B2B0116DisplayNameTooLong : InvitationRule
{
    public const int MaxLength = 256;

    public static readonly RuleDescriptor Rule = BuiltInDescriptor.Create(
        "B2B0116",
        "Display name is longer than 256 characters",
        "The display name is {0} characters long; a Microsoft Entra user's display name holds at most 256",
        "Format",
        Severity.Error,
        "The invitation's display name becomes the guest user's displayName, whose maximum length is 256 characters " +
        "(Microsoft Graph's user resource).",
        RuleScope.Row,
        "format");

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(RuleContext context) => context.RegisterRowAction(row =>
    {
        var length = row.Row.DisplayName?.AsSpan().Trim().Length ?? 0;
        if (length > MaxLength)
        {
            row.Report(Diagnostic.Create(Rule, row.Row.LocationOf(ColumnKeys.DisplayName), length));
        }
    });
}
