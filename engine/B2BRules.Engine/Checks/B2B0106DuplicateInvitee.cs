using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using B2BRules.BuiltIn;
using B2BRules.Engine.Findings;
using B2BRules.Sdk;

namespace B2BRules.Engine.Checks;

/// <summary>
/// B2B0106: the same invitee appears twice in one batch. Addresses compare trimmed and case-insensitively, as mail
/// systems do; the finding sits on the later row and names the first. The batch's addresses are kept as 128-bit hashes
/// rather than strings, so a million-row batch costs megabytes, not the size of its addresses.
/// </summary>
[InvitationRule]
internal sealed class B2B0106DuplicateInvitee : InvitationRule
{
    public static readonly RuleDescriptor Rule = BuiltInDescriptor.Create(
        "B2B0106",
        "Invitee appears more than once",
        "'{0}' is already invited by record {1} (line {2})",
        "Format",
        Severity.Error,
        "Inviting the same address twice in one batch sends two invitations and fails one of them ('user name already " +
        "exists'). Addresses are compared without case and surrounding spaces.",
        RuleScope.Row,
        "format",
        "email");

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(RuleContext context) => context.RegisterBatchStartAction(start =>
    {
        // The index is split in 256 parts by the hash's first byte. One dictionary of a million entries doubles at about
        // 700,000, holding its old and new arrays at once; a part grows a 256th of that at a time (the peak of a
        // million-row run: 298-304 MB with one dictionary, 276-281 MB with parts; logs identical).
        var firstSeen = new Dictionary<HashKey, (int Record, int Line)>[256];
        start.RegisterRowAction(row =>
        {
            var email = row.Row.Email.Trim();
            if (email.Length == 0)
            {
                return;
            }

            // One lookup per row, not a look and an add: on a million rows each is a likely cache miss.
            var key = InviteeKey(email);
            var part = firstSeen[(int)(key.High >> 56)] ??= [];
            ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(part, key, out var seen);
            if (seen)
            {
                row.Report(Diagnostic.Create(Rule, row.Row.LocationOf(ColumnKeys.Email), email, first.Record, first.Line));
            }
            else
            {
                first = (row.Row.RecordNumber, row.Row.LineNumber);
            }
        });
    });

    /// <summary>XxHash128 of the address in lower case: two addresses collide by chance with odds near 2^-128.</summary>
    internal static HashKey InviteeKey(string email)
    {
        var rented = email.Length <= 256 ? null : ArrayPool<char>.Shared.Rent(email.Length);
        var lower = (rented ?? stackalloc char[256])[..email.Length];
        email.AsSpan().ToLowerInvariant(lower);
        var key = HashKey.XxHash128Of(MemoryMarshal.AsBytes((ReadOnlySpan<char>)lower));
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return key;
    }
}
