using System.Collections.Immutable;

namespace B2BRules.Sdk;

/// <summary>
/// A policy rule over invitation batches, in the manner of a Roslyn analyzer. Subclasses carry
/// <see cref="InvitationRuleAttribute"/> and a public parameterless constructor; the engine creates them.
/// Keep state in batch-start closures, never in fields: one instance serves many batches.
/// </summary>
public abstract class InvitationRule
{
    /// <summary>Every descriptor this rule may report. Reporting any other is an error (B2B9005).</summary>
    public abstract ImmutableArray<RuleDescriptor> SupportedRules { get; }

    /// <summary>Registers the rule's actions. Called once per run.</summary>
    /// <param name="context">Where to register row and batch-start actions.</param>
    public abstract void Initialize(RuleContext context);
}
