using System.Collections.Immutable;
using B2BRules.Engine.Checks;
using B2BRules.Sdk;
using B2BRules.Sdk.Fixes;

namespace B2BRules.Engine.Fixes;

/// <summary>B2B0109: the padded value, trimmed.</summary>
[InvitationFixProvider]
internal sealed class B2B0109TrimPadding : InvitationFixProvider
{
    public override ImmutableArray<string> FixableRuleIds => [B2B0109PaddedValue.Rule.Id];

    public override void RegisterFixes(FixContext context)
    {
        if (context.Row is { } row && context.Diagnostic.Location.ColumnKey is { } column && row[column] is { } value)
        {
            context.Register(new InvitationFix("Remove the leading and trailing whitespace", [new ReplaceCell(context.Diagnostic.Location, value.Trim())]));
        }
    }
}

/// <summary>B2B0108: the template's example row, removed.</summary>
[InvitationFixProvider]
internal sealed class B2B0108RemoveExampleRow : InvitationFixProvider
{
    public override ImmutableArray<string> FixableRuleIds => [B2B0108TemplateExampleRow.Rule.Id];

    public override void RegisterFixes(FixContext context)
    {
        if (context.Row is { } row)
        {
            context.Register(new InvitationFix("Remove the template's example row", [new DeleteRow(row.Location)]));
        }
    }
}

/// <summary>B2B0112: the blank row, removed.</summary>
[InvitationFixProvider]
internal sealed class B2B0112RemoveBlankRow : InvitationFixProvider
{
    public override ImmutableArray<string> FixableRuleIds => [B2B0112BlankRow.Rule.Id];

    public override void RegisterFixes(FixContext context) =>
        context.Register(new InvitationFix("Remove the blank row", [new DeleteRow(context.Diagnostic.Location)]));
}

/// <summary>B2B0106: a row that repeats an earlier one cell for cell (the address in any case) is removed; other duplicates need a person.</summary>
[InvitationFixProvider]
internal sealed class B2B0106RemoveExactDuplicate : InvitationFixProvider
{
    public override ImmutableArray<string> FixableRuleIds => [B2B0106DuplicateInvitee.Rule.Id];

    public override void RegisterFixes(FixContext context)
    {
        if (context.Row is not { } row || context.Diagnostic.Arguments.Count < 2 || context.Diagnostic.Arguments[1] is not int firstRecord
            || !context.RowsByRecord.TryGetValue(firstRecord, out var first) || first.CellCount != row.CellCount)
        {
            return;
        }

        for (var i = 0; i < row.CellCount; i++)
        {
            var comparison = row.Batch.Columns[i].Key == ColumnKeys.Email ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            if (!string.Equals(row.CellAt(i).Trim(), first.CellAt(i).Trim(), comparison))
            {
                return;
            }
        }

        context.Register(new InvitationFix($"Remove the exact duplicate of record {firstRecord}", [new DeleteRow(row.Location)]));
    }
}

/// <summary>B2B0114: the email's domain, lower-cased (domains are case-insensitive, so nothing else changes).</summary>
[InvitationFixProvider]
internal sealed class B2B0114LowerCaseDomain : InvitationFixProvider
{
    public override ImmutableArray<string> FixableRuleIds => [B2B0114UpperCaseDomain.Rule.Id];

    public override void RegisterFixes(FixContext context)
    {
        if (context.Row is { } row)
        {
            var email = row.Email;
            context.Register(new InvitationFix("Lower-case the domain", [new ReplaceCell(context.Diagnostic.Location, B2B0114UpperCaseDomain.LowerCaseDomain(email))]));
        }
    }
}

/// <summary>The engine's fix providers, for its own checks; plugins ship theirs beside their rules.</summary>
internal static class EngineFixProviders
{
    public static ImmutableArray<InvitationFixProvider> All { get; } =
        [
            new B2B0106RemoveExactDuplicate(), new B2B0108RemoveExampleRow(), new B2B0109TrimPadding(),
            new B2B0112RemoveBlankRow(), new B2B0114LowerCaseDomain(),
        ];
}
