using B2BRules.Plugins.DirectoryRules;
using B2BRules.Sdk.Tenants;
using B2BRules.Testing;

namespace B2BRules.Plugins.Tests;

public sealed class B2B0011Tests
{
    [Fact]
    public void A_deny_list_refuses_its_domains_exactly()
    {
        var snapshot = new TenantSnapshotBuilder().Restrictions(RestrictionMode.Deny, "rival.example", "gmail.com").WriteTemporary();
        var found = RuleVerifier.Verify<B2B0011CollaborationRestrictions>(Template.Header
            + Template.Row("{|B2B0011:sam@Rival.example|}") + Template.Row("lee@eu.rival.example") + Template.Row("ann@fabrikam.com"),
            Template.EntraWith(snapshot)).Single();
        found.Message.ShouldBe($"'sam@Rival.example': the tenant's collaboration restrictions deny invitations to rival.example (tenant.snapshot.json, pulled {B2B0008Tests.Today}); the invitation fails with a blocked-domain message");
    }

    [Fact]
    public void An_allow_list_refuses_every_other_domain()
    {
        var snapshot = new TenantSnapshotBuilder().Restrictions(RestrictionMode.Allow, "fabrikam.com", "litware.com", "adatum.com", "tailspin.example").WriteTemporary();
        RuleVerifier.Verify<B2B0011CollaborationRestrictions>(Template.Header
                + Template.Row("ann@fabrikam.com") + Template.Row("{|B2B0011:bo@eu.fabrikam.com|}"), Template.EntraWith(snapshot))
            .Single().Message.ShouldStartWith("'bo@eu.fabrikam.com': the tenant's collaboration restrictions allow invitations only to fabrikam.com, litware.com, adatum.com and 1 more, not eu.fabrikam.com");
    }

    /// <summary>Graph serves the lists in beta only; a policy author may state them, with or without a snapshot.</summary>
    [Fact]
    public void Restrictions_stated_in_the_policy_stand_in_for_ones_the_snapshot_lacks()
    {
        var snapshot = new TenantSnapshotBuilder().Unknown(TenantFact.CollaborationRestrictions).WriteTemporary();
        RuleVerifier.Verify<B2B0011CollaborationRestrictions>(Template.Header + Template.Row("{|B2B0011:sam@rival.example|}"),
                Template.EntraWith(snapshot, "policy:\n  collaborationRestrictions: { deny: [rival.example] }\n"))
            .Single().Message.ShouldContain("(policy.collaborationRestrictions)");
        RuleVerifier.Verify<B2B0011CollaborationRestrictions>(Template.Header + Template.Row("{|B2B0011:sam@rival.example|}"),
            "extends: builtin:entra\npolicy:\n  collaborationRestrictions: { deny: [rival.example] }\n");
    }

    [Fact]
    public void An_allow_list_and_a_deny_list_together_are_a_configuration_error() =>
        Should.Throw<Engine.Configuration.ConfigurationException>(() => RuleVerifier.Verify<B2B0011CollaborationRestrictions>(
            Template.Header + Template.Row("ann@fabrikam.com"), "extends: builtin:entra\npolicy:\n  collaborationRestrictions: { allow: [a.example], deny: [b.example] }\n"))
        .Message.ShouldContain("takes 'allow' or 'deny', not both");
}
