using System.Collections.Immutable;
using B2BRules.Sdk.Fixes;

namespace B2BRules.Plugins.RowLimit;

/// <summary>
/// B2B0003's fix: the oversized batch, split into files of at most <c>policy.maxRows</c> rows, each with the batch's
/// header lines. A split is not an in-place edit, so only <c>b2brules fix</c> applies it; SARIF logs do not carry it.
/// </summary>
[InvitationFixProvider]
public sealed class B2B0003SplitBatchFix : InvitationFixProvider
{
    public override ImmutableArray<string> FixableRuleIds => [B2B0003BatchRowLimit.Rule.Id];

    public override void RegisterFixes(FixContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Register(new InvitationFix($"Split the batch into files of at most {context.Policy.MaxRows} rows", [new SplitBatch(context.Policy.MaxRows)]));
    }
}
