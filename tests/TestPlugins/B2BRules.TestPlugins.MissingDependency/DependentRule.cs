using System.Collections.Immutable;
using B2BRules.Sdk;

namespace Dependent.Rules;

/// <summary>Uses a helper assembly on every row; with that assembly missing the rule cannot run (B2B9001, exit 3).</summary>
[InvitationRule]
public sealed class DependentRule : InvitationRule
{
    public static readonly RuleDescriptor Rule = new("TEST9301", "Needs its helper assembly", "Normalised '{0}'", "Test", Severity.Note);

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(RuleContext context) =>
        context?.RegisterRowAction(row => row.Report(Diagnostic.Create(Rule, row.Row.Location, Support.Normaliser.Normalise(row.Row.Email))));
}
