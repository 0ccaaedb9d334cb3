using System.Collections.Immutable;
using B2BRules.Sdk;

namespace Future.Rules;

/// <summary>An ordinary rule; only the SDK version it was built against is wrong for this host.</summary>
[InvitationRule]
public sealed class FutureRule : InvitationRule
{
    public static readonly RuleDescriptor Rule = new("FUT1001", "From the future", "Never reported", "Test", Severity.Error);

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(RuleContext context) =>
        context?.RegisterRowAction(row => row.Report(Diagnostic.Create(Rule, row.Row.Location)));
}
