using System.Collections.Immutable;
using B2BRules.BuiltIn;
using B2BRules.Sdk;

namespace B2BRules.Engine.Checks;

/// <summary>B2B0108: the template's example row ("Example: …") was left in and would invite the example address.</summary>
[InvitationRule]
internal sealed class B2B0108TemplateExampleRow : InvitationRule
{
    public static readonly RuleDescriptor Rule = BuiltInDescriptor.Create(
        "B2B0108",
        "Template example row left in",
        "Record {0} is the template's example row ('{1}'); remove it",
        "Format",
        Severity.Error,
        "The downloaded template's third row is an example starting with 'Example:'. The docs say to remove it and replace it " +
        "with your own entries; left in, it fails or invites the example address.",
        RuleScope.Row,
        "format",
        "template");

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(RuleContext context) => context.RegisterRowAction(row =>
    {
        for (var i = 0; i < row.Row.CellCount; i++)
        {
            var cell = row.Row.CellAt(i).TrimStart();
            if (cell.StartsWith("Example:", StringComparison.OrdinalIgnoreCase))
            {
                row.Report(Diagnostic.Create(Rule, row.Row.LocationAt(i), row.Row.RecordNumber, cell));
                return;
            }
        }
    });
}
