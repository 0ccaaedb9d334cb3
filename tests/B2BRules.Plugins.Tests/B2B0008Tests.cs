using B2BRules.Plugins.DirectoryRules;
using B2BRules.Testing;

namespace B2BRules.Plugins.Tests;

public sealed class B2B0008Tests
{
    private static readonly string Snapshot = new TenantSnapshotBuilder()
        .Member("maria.lopez@contoso.com", "Maria.Lopez@contoso.com")
        .Member("ken@contoso.com", proxyAddresses: ["SMTP:ken@contoso.com", "smtp:k.sato@contoso-legacy.com", "sip:ken@contoso.com"])
        .Member("ann@contoso.com", otherMails: ["ann.private@fabrikam.com"])
        .WriteTemporary();

    /// <summary>Matched on every address Microsoft's "already invited" lookup uses, in any case; the message names which.</summary>
    [Fact]
    public void A_member_is_found_by_upn_mail_smtp_proxy_address_or_other_mail()
    {
        var found = RuleVerifier.Verify<B2B0008InviteeAlreadyMember>(Template.Header
            + Template.Row("{|B2B0008:MARIA.LOPEZ@contoso.com|}") + Template.Row("{|B2B0008:k.sato@contoso-legacy.com|}")
            + Template.Row("{|B2B0008:ann.private@fabrikam.com|}") + Template.Row("new.person@fabrikam.com"),
            Template.EntraWith(Snapshot));
        found.Select(d => d.Message).ShouldBe(
        [
            "'MARIA.LOPEZ@contoso.com' is already a member of the tenant (its userPrincipalName; tenant.snapshot.json, pulled " + Today + "): a member is not invited as a guest",
            "'k.sato@contoso-legacy.com' is already a member of the tenant (its proxyAddresses; tenant.snapshot.json, pulled " + Today + "): a member is not invited as a guest",
            "'ann.private@fabrikam.com' is already a member of the tenant (its otherMails; tenant.snapshot.json, pulled " + Today + "): a member is not invited as a guest",
        ]);
    }

    [Fact]
    public void A_sip_proxy_address_is_not_a_mail_address() =>
        RuleVerifier.Verify<B2B0008InviteeAlreadyMember>(Template.Header + Template.Row("ken@contoso.com.sip.example"), Template.EntraWith(Snapshot));

    [Fact]
    public void Without_a_snapshot_nothing_is_reported() =>
        RuleVerifier.Verify<B2B0008InviteeAlreadyMember>(Template.Header + Template.Row("maria.lopez@contoso.com"), "extends: builtin:entra\n");

    [Fact]
    public void Off_in_the_2016_preview_profile() =>
        RuleVerifier.Verify<B2B0008InviteeAlreadyMember>(Template.Header + Template.Row("maria.lopez@contoso.com"), $"extends: builtin:preview-2016\ntenant: '{Snapshot}'\n");

    internal static string Today => DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
