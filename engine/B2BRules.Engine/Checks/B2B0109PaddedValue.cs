using System.Collections.Immutable;
using B2BRules.BuiltIn;
using B2BRules.Sdk;

namespace B2BRules.Engine.Checks;

/// <summary>
/// B2B0109: a cell has leading or trailing whitespace, as the downloaded template's own example values did
/// (<c> https://…</c>, <c> TRUE</c>). One finding per padded cell.
/// </summary>
[InvitationRule]
internal sealed class B2B0109PaddedValue : InvitationRule
{
    public static readonly RuleDescriptor Rule = BuiltInDescriptor.Create(
        "B2B0109",
        "Value has leading or trailing whitespace",
        "The {0} value '{1}' has leading or trailing whitespace",
        "Format",
        Severity.Warning,
        "Whitespace before or after a value is kept by the upload and can make an address or URL invalid ('check there is " +
        "no unintended whitespace before/after any field').",
        RuleScope.Row,
        "format",
        "whitespace");

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(RuleContext context) => context.RegisterRowAction(row =>
    {
        var columns = row.Batch.Columns;
        for (var i = 0; i < row.Row.CellCount && i < columns.Count; i++)
        {
            var cell = row.Row.CellAt(i);
            if (cell.Length > 0 && (char.IsWhiteSpace(cell[0]) || char.IsWhiteSpace(cell[^1])))
            {
                row.Report(Diagnostic.Create(Rule, row.Row.LocationAt(i), columns[i].Key, cell));
            }
        }
    });
}
