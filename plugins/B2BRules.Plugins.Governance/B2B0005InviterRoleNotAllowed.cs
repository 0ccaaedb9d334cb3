using System.Collections.Immutable;
using B2BRules.BuiltIn;
using B2BRules.Sdk;

namespace B2BRules.Plugins.Governance;

/// <summary>
/// B2B0005: the person uploading (<c>policy.inviter.role</c> or <c>--inviter-role</c>) holds a role that may not upload
/// invitation batches (<c>policy.uploadRoles</c>). Reported once per batch, on its header line.
/// </summary>
[InvitationRule]
public sealed class B2B0005InviterRoleNotAllowed : InvitationRule
{
    public static readonly RuleDescriptor Rule = BuiltInDescriptor.Create(
        "B2B0005",
        "Inviter's role may not upload invitation batches",
        "The inviter's role '{0}' may not upload invitation batches; policy.uploadRoles allows: {1}",
        "Governance",
        Severity.Error,
        "Only certain directory roles may upload batches: Global Administrators in the 2016 preview; today the Entra admin " +
        "center's bulk invite needs at least a User Administrator. An upload by anyone else fails as a whole.",
        RuleScope.Batch,
        "governance");

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterBatchStartAction(start =>
        {
            var policy = start.Batch.Policy;
            if (string.IsNullOrWhiteSpace(policy.Inviter.Role))
            {
                return;
            }

            var allowed = policy.UploadRoles.Select(DirectoryRoles.Normalise).ToHashSet(StringComparer.Ordinal);
            if (allowed.Contains(DirectoryRoles.Normalise(policy.Inviter.Role)))
            {
                return;
            }

            start.RegisterBatchEndAction(end =>
            {
                if (end.RowCount > 0)
                {
                    end.Report(Diagnostic.Create(Rule, end.Batch.Location, policy.Inviter.Role.Trim(), string.Join(", ", policy.UploadRoles)));
                }
            });
        });
    }
}
