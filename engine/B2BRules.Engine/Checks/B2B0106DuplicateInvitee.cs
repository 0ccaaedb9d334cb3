using System.Collections.Immutable;
using B2BRules.BuiltIn;
using B2BRules.Sdk;

namespace B2BRules.Engine.Checks;

/// <summary>
/// B2B0106: the same invitee appears twice in one batch. Addresses compare trimmed and case-insensitively, as mail
/// systems do; the finding sits on the later row and names the first.
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
        var firstSeen = new Dictionary<string, (int Record, int Line)>(StringComparer.OrdinalIgnoreCase);
        start.RegisterRowAction(row =>
        {
            var email = row.Row.Email.Trim();
            if (email.Length == 0)
            {
                return;
            }

            if (firstSeen.TryGetValue(email, out var first))
            {
                row.Report(Diagnostic.Create(Rule, row.Row.LocationOf(ColumnKeys.Email), email, first.Record, first.Line));
            }
            else
            {
                firstSeen.Add(email, (row.Row.RecordNumber, row.Row.LineNumber));
            }
        });
    });
}
