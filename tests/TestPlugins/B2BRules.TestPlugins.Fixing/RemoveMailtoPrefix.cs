using System.Collections.Immutable;
using B2BRules.Sdk.Fixes;

namespace Acme.Fixing;

/// <summary>TEST9401's fix: the address without its <c>mailto:</c> prefix.</summary>
[InvitationFixProvider]
public sealed class RemoveMailtoPrefix : InvitationFixProvider
{
    public override ImmutableArray<string> FixableRuleIds => [MailtoPrefixRule.Rule.Id];

    public override void RegisterFixes(FixContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Row is { } row)
        {
            var address = row.Email.Trim()[MailtoPrefixRule.Prefix.Length..].Trim();
            context.Register(new InvitationFix("Remove the mailto: prefix", [new ReplaceCell(context.Diagnostic.Location, address)]));
        }
    }
}
