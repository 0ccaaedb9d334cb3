using System.Collections.Immutable;
using B2BRules.BuiltIn;
using B2BRules.Sdk;

namespace B2BRules.Engine.Checks;

/// <summary>
/// B2B0113: a cell starts with a character a spreadsheet treats as a formula (<c>= + - @</c>, tab, carriage return).
/// Opened in a spreadsheet such a cell runs as a formula (CSV injection), and a round-trip changes it.
/// </summary>
[InvitationRule]
internal sealed class B2B0113FormulaCharacter : InvitationRule
{
    public static readonly RuleDescriptor Rule = BuiltInDescriptor.Create(
        "B2B0113",
        "Cell starts with a spreadsheet formula character",
        "The {0} value '{1}' starts with '{2}', which a spreadsheet runs as a formula",
        "Security",
        Severity.Warning,
        "Cells starting with =, +, -, @, tab or carriage return are evaluated as formulas when the batch is opened in a " +
        "spreadsheet (CSV injection) and are changed by a spreadsheet round-trip.",
        RuleScope.Row,
        "injection");

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(RuleContext context) => context.RegisterRowAction(row =>
    {
        var columns = row.Batch.Columns;
        for (var i = 0; i < row.Row.CellCount && i < columns.Count; i++)
        {
            var cell = row.Row.CellAt(i);
            if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            {
                var shown = cell[0] switch { '\t' => "tab", '\r' => "carriage return", var c => c.ToString() };
                row.Report(Diagnostic.Create(Rule, row.Row.LocationAt(i), columns[i].Key, cell.Trim(), shown));
            }
        }
    });
}
