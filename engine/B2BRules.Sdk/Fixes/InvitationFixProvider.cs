using System.Collections.Immutable;

namespace B2BRules.Sdk.Fixes;

/// <summary>
/// Offers fixes for findings of some rules, as Roslyn's code fix providers do. Only certain fixes: a person would
/// accept them without looking. Mark subclasses with <see cref="InvitationFixProviderAttribute"/>.
/// </summary>
public abstract class InvitationFixProvider
{
    /// <summary>The rule IDs whose findings this provider can fix.</summary>
    public abstract ImmutableArray<string> FixableRuleIds { get; }

    /// <summary>Registers the fixes for one finding (none when it cannot be fixed with certainty).</summary>
    /// <param name="context">The finding, its row and where to register.</param>
    public abstract void RegisterFixes(FixContext context);
}

/// <summary>Marks an <see cref="InvitationFixProvider"/> subclass for discovery when its assembly loads.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class InvitationFixProviderAttribute : Attribute
{
}

/// <summary>One finding to fix, the row it is on, and the rows seen before it in the batch.</summary>
public sealed class FixContext
{
    private readonly Action<InvitationFix> _register;

    /// <summary>Creates a context.</summary>
    /// <param name="diagnostic">The finding.</param>
    /// <param name="row">The row it is on, or null for a finding about the batch.</param>
    /// <param name="rowsByRecord">The batch's readable rows by record number.</param>
    /// <param name="policy">The policy in force.</param>
    /// <param name="register">Where fixes go.</param>
    public FixContext(Diagnostic diagnostic, InvitationRow? row, IReadOnlyDictionary<int, InvitationRow> rowsByRecord, Policy policy, Action<InvitationFix> register)
    {
        Diagnostic = diagnostic;
        Row = row;
        RowsByRecord = rowsByRecord;
        Policy = policy;
        _register = register;
    }

    /// <summary>The finding.</summary>
    public Diagnostic Diagnostic { get; }

    /// <summary>The row the finding is on, or null.</summary>
    public InvitationRow? Row { get; }

    /// <summary>The batch's readable rows by record number (to compare with an earlier row).</summary>
    public IReadOnlyDictionary<int, InvitationRow> RowsByRecord { get; }

    /// <summary>The policy in force.</summary>
    public Policy Policy { get; }

    /// <summary>Registers a fix.</summary>
    /// <param name="fix">The fix.</param>
    public void Register(InvitationFix fix) => _register(fix);
}

/// <summary>A fix: a title for people and the edits it makes.</summary>
/// <param name="Title">What the fix does, e.g. "Remove the leading and trailing whitespace".</param>
/// <param name="Edits">The edits.</param>
public sealed record InvitationFix(string Title, IReadOnlyList<FixEdit> Edits);

/// <summary>One edit of a batch file.</summary>
public abstract record FixEdit;

/// <summary>Replaces a cell's raw text (quotes included) with a new value, which is quoted as CSV needs.</summary>
/// <param name="Cell">The cell's place.</param>
/// <param name="NewValue">The new value, unquoted.</param>
public sealed record ReplaceCell(Location Cell, string NewValue) : FixEdit;

/// <summary>Deletes a whole record (all its physical lines).</summary>
/// <param name="Record">The record's place.</param>
public sealed record DeleteRow(Location Record) : FixEdit;

/// <summary>Splits the batch into files of at most this many invitee rows (only through <c>b2brules fix</c>).</summary>
/// <param name="MaxRows">Rows per file.</param>
public sealed record SplitBatch(int MaxRows) : FixEdit;
