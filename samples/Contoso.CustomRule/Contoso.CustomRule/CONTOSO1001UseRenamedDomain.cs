using System.Collections.Immutable;
using B2BRules.Sdk;
using B2BRules.Sdk.Fixes;

namespace Contoso.CustomRule;

/// <summary>
/// CONTOSO1001's fix: when the partner has replaced the invitee's domain by an approved one, the address at the new
/// domain. Only certain fixes belong in a fix provider: the person is the same, only their domain moved. `b2brules fix`
/// applies it; SARIF logs carry it for viewers that apply fixes.
/// </summary>
[InvitationFixProvider]
public sealed class CONTOSO1001UseRenamedDomain : InvitationFixProvider
{
    public override ImmutableArray<string> FixableRuleIds => [CONTOSO1001UnapprovedPartnerDomain.Rule.Id];

    public override void RegisterFixes(FixContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Only the renamed-domain finding carries the new domain, as its third argument.
        if (context.Row is not { } row || context.Diagnostic.Arguments is not [_, string old, string replacement])
        {
            return;
        }

        var email = row.Email.Trim();
        var fixedEmail = string.Concat(email.AsSpan(0, email.Length - old.Length), replacement);
        context.Register(new InvitationFix($"Use the partner's new domain {replacement}", [new ReplaceCell(context.Diagnostic.Location, fixedEmail)]));
    }
}
