using System.Collections.Immutable;
using B2BRules.BuiltIn;
using B2BRules.Sdk;

namespace B2BRules.Plugins.RowLimit;

/// <summary>
/// B2B0003: the batch holds more invitee rows than <c>policy.maxRows</c>. The 2016 preview refused uploads of more
/// than 2,000 records; today's service documents no row limit for bulk invite, but a bulk job that does not finish
/// within the hour can fail, so the limit stays as the tenant's policy. One finding per batch, placed on the first row
/// over the limit and naming the total.
/// </summary>
[InvitationRule]
public sealed class B2B0003BatchRowLimit : InvitationRule
{
    public static readonly RuleDescriptor Rule = BuiltInDescriptor.Create(
        "B2B0003",
        "Batch has more invitee rows than policy.maxRows",
        "The batch has {0} invitee rows, more than policy.maxRows ({1}; the 2016 preview accepted at most 2,000 records per upload); record {2} is the first over it, so split the batch",
        "Limits",
        Severity.Error,
        "The 2016 preview accepted at most 2,000 records per CSV upload. Today's service documents no row limit for bulk " +
        "invite, but a bulk operation that does not complete within the hour can fail, and Microsoft recommends splitting " +
        "large batches. The limit is policy.maxRows.",
        RuleScope.Batch,
        "limits");

    /// <summary>The message under <c>builtin:entra</c>, where the limit is the tenant's policy, not the service's.</summary>
    public static readonly RuleDescriptor EntraRule = BuiltInDescriptor.WithMessage(Rule,
        "The batch has {0} invitee rows, more than policy.maxRows ({1}); record {2} is the first over it: split the batch so that each bulk job can finish within the hour");

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule, EntraRule];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterBatchStartAction(start =>
        {
            var maxRows = start.Batch.Policy.MaxRows;
            var rule = BuiltInDescriptor.ForProfile(start.Batch.Policy, Rule, EntraRule);
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
                    end.Report(Diagnostic.Create(rule, firstOver, end.RowCount, maxRows, firstOver.RecordNumber));
                }
            });
        });
    }
}
