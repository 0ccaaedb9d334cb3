using System.Collections.Immutable;
using B2BRules.Sdk;

namespace Faulty.Rules;

/// <summary>Reports every row it sees as TEST9201, and blocks forever on record 2: the watchdog must abandon it.</summary>
[InvitationRule]
public sealed class HangingRule : InvitationRule
{
    public static readonly RuleDescriptor Rule = new("TEST9201", "Hangs on the second record", "Saw '{0}'", "Test", Severity.Warning);

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterRowAction(row =>
        {
            if (row.Row.RecordNumber == 2)
            {
                Thread.Sleep(Timeout.Infinite);
            }

            row.Report(Diagnostic.Create(Rule, row.Row.LocationOf(ColumnKeys.Email), row.Row.Email));
        });
    }
}

/// <summary>Spins in a loop on record 3, then (never) reports: a busy hang, not a blocked one.</summary>
[InvitationRule]
public sealed class LoopingRule : InvitationRule
{
    public static readonly RuleDescriptor Rule = new("TEST9202", "Loops on the third record", "Looped on '{0}'", "Test", Severity.Warning);

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterRowAction(row =>
        {
            var spins = 0L;
            while (row.Row.RecordNumber == 3)
            {
                spins++;
            }

            if (spins > 0)
            {
                row.Report(Diagnostic.Create(Rule, row.Row.LocationOf(ColumnKeys.Email), row.Row.Email));
            }
        });
    }
}
