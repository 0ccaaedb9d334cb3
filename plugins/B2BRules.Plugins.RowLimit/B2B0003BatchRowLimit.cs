using System.Collections.Immutable;
using B2BRules.BuiltIn;
using B2BRules.Sdk;

namespace B2BRules.Plugins.RowLimit;

/// <summary>
/// B2B0003: the batch holds more invitee rows than one upload may (<c>policy.maxRows</c>, 2,000 in the 2016 preview).
/// One finding per batch, placed on the first row over the limit and naming the total.
/// </summary>
[InvitationRule]
public sealed class B2B0003BatchRowLimit : InvitationRule
{
    public static readonly RuleDescriptor Rule = BuiltInDescriptor.Create(
        "B2B0003",
        "Batch has more invitee rows than one upload allows",
        "The batch has {0} invitee rows, more than the limit of {1}; record {2} is the first over it, so split the batch",
        "Limits",
        Severity.Error,
        "The 2016 preview accepted at most 2,000 records per CSV upload. Today's bulk operations should finish within the " +
        "hour, so large batches are still best split. The limit is policy.maxRows.",
        RuleScope.Batch,
        "limits");

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterBatchStartAction(start =>
        {
            var maxRows = start.Batch.Policy.MaxRows;
            var rows = 0;
            Location? firstOver = null;
            start.RegisterRowAction(row =>
            {
                rows++;
                if (rows == maxRows + 1)
                {
                    firstOver = row.Row.Location;
                }
            });
            start.RegisterBatchEndAction(end =>
            {
                if (firstOver is not null)
                {
                    end.Report(Diagnostic.Create(Rule, firstOver, end.RowCount, maxRows, firstOver.RecordNumber));
                }
            });
        });
    }
}
