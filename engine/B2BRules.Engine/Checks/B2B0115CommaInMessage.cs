using System.Collections.Immutable;
using B2BRules.BuiltIn;
using B2BRules.Sdk;

namespace B2BRules.Engine.Checks;

/// <summary>
/// B2B0115: the customized invitation message has a comma. Microsoft's bulk-invite tutorial says not to use commas
/// there, because they prevent the message from being parsed; a quoted cell is valid CSV and users report it works, so
/// this is a note. Checked in every format, since the entra-csv adapter carries a preview batch's message into the
/// template's customizedMessageBody.
/// </summary>
[InvitationRule]
internal sealed class B2B0115CommaInMessage : InvitationRule
{
    public static readonly RuleDescriptor Rule = BuiltInDescriptor.Create(
        "B2B0115",
        "Customized invitation message has a comma",
        "The customized message has a comma at character {0}; Microsoft's bulk-invite guide says not to use commas there, as they prevent the message from being parsed",
        "Format",
        Severity.Note,
        "The Entra bulk-invite tutorial says: don't use commas in the Customized invitation message, because they'll " +
        "prevent the message from being parsed successfully. A quoted cell is valid CSV, and an unquoted comma is already " +
        "B2B0104; this note is for the upload's own parser.",
        RuleScope.Row,
        "format",
        "message");

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(RuleContext context) => context.RegisterRowAction(row =>
    {
        var comma = row.Row.Message?.IndexOf(',', StringComparison.Ordinal) ?? -1;
        if (comma >= 0)
        {
            row.Report(Diagnostic.Create(Rule, row.Row.LocationOf(ColumnKeys.Message), comma + 1));
        }
    });
}
