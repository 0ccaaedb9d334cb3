using System.Collections.Immutable;
using B2BRules.BuiltIn;
using B2BRules.Sdk;

namespace B2BRules.Engine.Checks;

/// <summary>B2B0110: the sendEmail cell is neither true nor false (any case; empty means the default).</summary>
[InvitationRule]
internal sealed class B2B0110SendEmailNotBoolean : InvitationRule
{
    public static readonly RuleDescriptor Rule = BuiltInDescriptor.Create(
        "B2B0110",
        "sendEmail is not true or false",
        "sendEmail is '{0}'; it must be true or false",
        "Format",
        Severity.Error,
        "The template's 'Send invitation message (true or false)' column takes true or false, in any case. Yes/no, 1/0 or " +
        "other words fail the row.",
        RuleScope.Row,
        "format");

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(RuleContext context) => context.RegisterRowAction(row =>
    {
        var value = row.Row[ColumnKeys.SendEmail]?.Trim();
        if (!string.IsNullOrEmpty(value) && row.Row.SendEmail is null)
        {
            row.Report(Diagnostic.Create(Rule, row.Row.LocationOf(ColumnKeys.SendEmail), value));
        }
    });
}
