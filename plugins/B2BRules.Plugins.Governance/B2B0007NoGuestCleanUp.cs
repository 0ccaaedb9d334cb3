using System.Collections.Immutable;
using B2BRules.BuiltIn;
using B2BRules.Sdk;

namespace B2BRules.Plugins.Governance;

/// <summary>
/// B2B0007: nothing removes these guests later. External users are not cleaned up when their home account is deleted,
/// so unless access reviews remove inactive guests (<c>policy.guestLifecycle.accessReviews</c>), say so once per batch.
/// </summary>
[InvitationRule]
public sealed class B2B0007NoGuestCleanUp : InvitationRule
{
    public static readonly RuleDescriptor Rule = BuiltInDescriptor.Create(
        "B2B0007",
        "No automatic clean-up is configured for these guests",
        "This batch invites {0} guest(s), but no clean-up is configured: guests stay after their home account is deleted",
        "Governance",
        Severity.Note,
        "External users are not automatically cleaned up when the actual user is deleted from their directory. Access " +
        "reviews can remove inactive guests; set policy.guestLifecycle.accessReviews once they are configured.",
        RuleScope.Batch,
        "governance",
        "lifecycle");

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterBatchStartAction(start =>
        {
            if (start.Batch.Policy.GuestLifecycle.AccessReviews)
            {
                return;
            }

            start.RegisterBatchEndAction(end =>
            {
                if (end.RowCount > 0)
                {
                    end.Report(Diagnostic.Create(Rule, end.Batch.Location, end.RowCount));
                }
            });
        });
    }
}
