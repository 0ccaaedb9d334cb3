using B2BRules.Plugins.Governance;
using B2BRules.Testing;

namespace B2BRules.Plugins.Tests;

public sealed class B2B0006Tests
{
    [Fact]
    public void On_premises_app_ids_in_app_columns_are_reported() =>
        RuleVerifier.Verify<B2B0006OnPremisesApplication>(
            "Email,DisplayName,InvitedToApplications\nann@fabrikam.com,Ann,{|B2B0006:aaaa-1 cd3ed3de-93ee-400b-8b19-b61ef44a0f29|}\nbob@fabrikam.com,Bob,aaaa-1\n",
            "policy: { onPremisesApps: [cd3ed3de-93ee-400b-8b19-b61ef44a0f29] }\n");

    /// <summary>Off in builtin:entra; turned on there, it says what on-premises access needs today, not that it is untested.</summary>
    [Fact]
    public void Under_entra_the_message_says_what_access_needs_today() =>
        RuleVerifier.Verify<B2B0006OnPremisesApplication>(
            "Email,DisplayName,InvitedToApplications\nann@fabrikam.com,Ann,{|B2B0006:cd3ed3de-93ee-400b-8b19-b61ef44a0f29|}\n",
            "extends: builtin:entra\npolicy: { onPremisesApps: [cd3ed3de-93ee-400b-8b19-b61ef44a0f29] }\nrules: { B2B0006: warning }\n")
            .Single().Message.ShouldBe("Application 'cd3ed3de-93ee-400b-8b19-b61ef44a0f29' is published on-premises: guests reach it through application proxy, and a Kerberos (IWA/KCD) application also needs a guest user object in the on-premises directory");
}
