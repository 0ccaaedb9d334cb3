using System.Collections.Immutable;
using B2BRules.BuiltIn;
using B2BRules.Sdk;

namespace B2BRules.Engine.Checks;

/// <summary>
/// B2B0111: text that will not reach the tenant as written. Bytes that are not valid UTF-8 are reported by the batch
/// reader (<see cref="Rule"/>, which checks no other rule on such a line); control characters (C0 but tab, CR and LF,
/// and DEL) are reported per cell by this rule (<see cref="ControlCharacterRule"/>). The email cell is B2B0105's, which
/// refuses any control character in an address.
/// </summary>
[InvitationRule]
internal sealed class B2B0111TextEncoding : InvitationRule
{
    public static readonly RuleDescriptor Rule = BuiltInDescriptor.Create(
        "B2B0111",
        "Text is not valid UTF-8 or holds control characters",
        "Line {0} holds bytes that are not valid UTF-8; they were read as U+FFFD ('{1}'). Save the file as UTF-8",
        "Format",
        Severity.Error,
        "Batches must be UTF-8 (with or without a byte-order mark). A file saved in a legacy code page (ANSI) garbles names " +
        "such as Díaz or Müller, and the portal imports the garbled text. Control characters (NUL and the other C0 " +
        "characters but tab, CR and LF; DEL) are invisible in a spreadsheet and end up in the guest's name or message.",
        RuleScope.Row,
        "format");

    /// <summary>The same rule's finding for a control character in a cell.</summary>
    public static readonly RuleDescriptor ControlCharacterRule = BuiltInDescriptor.WithMessage(Rule,
        "The {0} value '{1}' holds the control character {2}; remove it");

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule, ControlCharacterRule];

    public override void Initialize(RuleContext context) => context.RegisterRowAction(row =>
    {
        var columns = row.Batch.Columns;
        for (var i = 0; i < row.Row.CellCount && i < columns.Count; i++)
        {
            var cell = row.Row.CellAt(i);
            var found = cell.AsSpan().IndexOfAny(ControlCharacters.InCells);
            if (found >= 0 && !string.Equals(columns[i].Key, ColumnKeys.Email, StringComparison.Ordinal))
            {
                row.Report(Diagnostic.Create(ControlCharacterRule, row.Row.LocationAt(i), columns[i].Key, ControlCharacters.Visible(cell), ControlCharacters.Describe(cell[found])));
            }
        }
    });
}
