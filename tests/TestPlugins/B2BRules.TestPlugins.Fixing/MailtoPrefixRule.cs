using System.Collections.Immutable;
using B2BRules.Sdk;

namespace Acme.Fixing;

/// <summary>An address pasted from a mail client with its <c>mailto:</c> scheme still on it.</summary>
[InvitationRule]
public sealed class MailtoPrefixRule : InvitationRule
{
    public const string Prefix = "mailto:";

    public static readonly RuleDescriptor Rule = new(
        "TEST9401",
        "Address has a mailto: prefix",
        "'{0}' starts with mailto:; the address is what follows it",
        "Test",
        Severity.Error);

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterRowAction(row =>
        {
            if (row.Row.Email.Trim().StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            {
                row.Report(Diagnostic.Create(Rule, row.Row.LocationOf(ColumnKeys.Email), row.Row.Email.Trim()));
            }
        });
    }
}
