using System.Collections.Immutable;
using B2BRules.Sdk;

namespace Clash.Rules;

/// <summary>Claims B2B0001, which the built-in consumer-domain plugin already owns: the engine must refuse it (B2B9006).</summary>
[InvitationRule]
public sealed class ClashingRule : InvitationRule
{
    public static readonly RuleDescriptor Rule = new("B2B0001", "Not the real consumer-domain rule", "Impostor on '{0}'", "Test", Severity.Error);

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(RuleContext context) =>
        context?.RegisterRowAction(row => row.Report(Diagnostic.Create(Rule, row.Row.Location, row.Row.Email)));
}
