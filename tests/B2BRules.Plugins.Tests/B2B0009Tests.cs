using B2BRules.Plugins.DirectoryRules;
using B2BRules.Sdk.Tenants;
using B2BRules.Testing;

namespace B2BRules.Plugins.Tests;

public sealed class B2B0009Tests
{
    [Fact]
    public void A_guest_is_reported_with_its_invitation_state()
    {
        var snapshot = new TenantSnapshotBuilder()
            .Guest("pending@fabrikam.com", GuestState.PendingAcceptance)
            .Guest("accepted@fabrikam.com", GuestState.Accepted)
            .Guest("imported@fabrikam.com", GuestState.None)
            .WriteTemporary();
        var found = RuleVerifier.Verify<B2B0009InviteeAlreadyGuest>(Template.Header
            + Template.Row("{|B2B0009:pending@fabrikam.com|}") + Template.Row("{|B2B0009:Accepted@Fabrikam.com|}")
            + Template.Row("{|B2B0009:imported@fabrikam.com|}") + Template.Row("new@fabrikam.com"),
            Template.EntraWith(snapshot));
        found.Select(d => d.Message).ShouldBe(
        [
            $"'pending@fabrikam.com' is already a guest of the tenant, invitation PendingAcceptance: a new invitation sends the email again (tenant.snapshot.json, pulled {B2B0008Tests.Today})",
            $"'Accepted@Fabrikam.com' is already a guest of the tenant, invitation Accepted: there is nothing to invite (tenant.snapshot.json, pulled {B2B0008Tests.Today})",
            $"'imported@fabrikam.com' is already a guest of the tenant, invitation state not in the snapshot (tenant.snapshot.json, pulled {B2B0008Tests.Today})",
        ]);
        found.ShouldAllBe(d => d.Severity == Sdk.Severity.Warning);
    }

    /// <summary>One address that is both a member's and a guest's (a proxy address conflict) is the member's: B2B0008 wins.</summary>
    [Fact]
    public void An_address_a_member_also_holds_is_not_reported_as_a_guest()
    {
        var snapshot = new TenantSnapshotBuilder()
            .Guest("shared@fabrikam.com", GuestState.Accepted)
            .Member("shared@contoso.com", otherMails: ["shared@fabrikam.com"])
            .WriteTemporary();
        RuleVerifier.Verify<B2B0009InviteeAlreadyGuest>(Template.Header + Template.Row("shared@fabrikam.com"), Template.EntraWith(snapshot));
    }
}
