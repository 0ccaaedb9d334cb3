using System.Collections.Frozen;
using System.Collections.Immutable;
using B2BRules.BuiltIn;
using B2BRules.Sdk;

namespace B2BRules.Plugins.DistributionLists;

/// <summary>
/// B2B0002: the address looks like a distribution list or a role mailbox rather than one person. A partner's
/// directory cannot be queried from ours, so the rule uses what real tools use: a role local-part list (Mixmax's, MIT,
/// without entries of two letters or fewer, which are initials as often as roles), list-style prefixes such as
/// <c>dl-</c>, and the addresses a policy author names in <c>knownLists</c>. The 2016 preview could not invite
/// distribution lists, and Microsoft still says group email addresses aren't supported (docs/rules/B2B0002.md).
/// </summary>
[InvitationRule]
public sealed class B2B0002DistributionListAddress : InvitationRule
{
    public static readonly RuleDescriptor Rule = BuiltInDescriptor.Create(
        "B2B0002",
        "Invitee address is a distribution list or role mailbox",
        "'{0}' looks like a distribution list or role mailbox ({1}); the 2016 B2B collaboration preview cannot invite distribution lists, so invite the individual people instead",
        "Policy",
        Severity.Error,
        "The 2016 preview did not support invitations to distribution lists, and Microsoft's guide to adding guests still " +
        "says group email addresses aren't supported. A guest account for a list or a shared role mailbox (all-staff@, " +
        "support@) is not tied to one accountable person. info@ and sales@ are often real shared mailboxes that a team answers: list the ones you mean to " +
        "invite in exceptAddresses.",
        RuleScope.Row,
        "policy",
        "email");

    /// <summary>The message under <c>builtin:entra</c>, where the service takes any address.</summary>
    public static readonly RuleDescriptor EntraRule = BuiltInDescriptor.WithMessage(Rule,
        "'{0}' looks like a distribution list or role mailbox ({1}): Microsoft does not support group email addresses for invitations, and a guest account for a shared address has no one accountable person, so invite the individual people instead");

    /// <summary>Prefixes that name lists in common naming conventions.</summary>
    public static readonly ImmutableArray<string> DefaultPrefixes = ["dl-", "dl.", "dl_", "dg-", "list-", "all-", "team-", "group-"];

    private static readonly Lazy<FrozenSet<string>> ShippedRoleNames = new(() => EmbeddedList.Load("role-addresses.txt"));

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule, EntraRule];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterBatchStartAction(start =>
        {
            var rule = BuiltInDescriptor.ForProfile(start.Batch.Policy, Rule, EntraRule);
            var knownLists = Normalise(start.Options.GetStringList("knownLists", []));
            var exceptAddresses = Normalise(start.Options.GetStringList("exceptAddresses", []));
            var additional = Normalise(start.Options.GetStringList("additionalLocalParts", []));
            var excepted = Normalise(start.Options.GetStringList("exceptLocalParts", []));
            var prefixes = start.Options.GetStringList("prefixes", DefaultPrefixes).Select(p => p.ToLowerInvariant()).ToArray();
            var roleNames = ShippedRoleNames.Value.GetAlternateLookup<ReadOnlySpan<char>>();
            var additionalNames = additional.GetAlternateLookup<ReadOnlySpan<char>>();
            var exceptedNames = excepted.GetAlternateLookup<ReadOnlySpan<char>>();
            start.RegisterRowAction(row =>
            {
                var email = row.Row.Email.Trim();
                var at = email.LastIndexOf('@');
                var raw = at < 0 ? [] : email.AsSpan(0, at).Trim();
                if (raw.IsEmpty)
                {
                    return;
                }

                // The local part is looked up as a span, lower-cased on the stack: every row would otherwise make a
                // string of it, and only the rows reported need one.
                Span<char> localPart = raw.Length <= 256 ? stackalloc char[raw.Length] : new char[raw.Length];
                raw.ToLowerInvariant(localPart);
                if (exceptedNames.Contains(localPart) || (exceptAddresses.Count > 0 && exceptAddresses.Contains(email.ToLowerInvariant())))
                {
                    return;
                }

                var reason = knownLists.Count > 0 && knownLists.Contains(email.ToLowerInvariant()) ? "listed in knownLists"
                    : roleNames.Contains(localPart) || additionalNames.Contains(localPart) ? $"role name '{localPart}'"
                    : PrefixOf(localPart, prefixes) is { } prefix ? $"prefix '{prefix}'"
                    : null;
                if (reason is not null)
                {
                    row.Report(Diagnostic.Create(rule, row.Row.LocationOf(ColumnKeys.Email), email, reason));
                }
            });
        });
    }

    private static string? PrefixOf(ReadOnlySpan<char> localPart, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (localPart.StartsWith(prefix, StringComparison.Ordinal))
            {
                return prefix;
            }
        }

        return null;
    }

    private static FrozenSet<string> Normalise(IReadOnlyList<string> values) =>
        values.Select(v => v.Trim().ToLowerInvariant()).Where(v => v.Length > 0).ToFrozenSet(StringComparer.Ordinal);
}
