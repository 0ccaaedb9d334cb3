using System.Collections.Immutable;
using B2BRules.Sdk;

namespace Faulty.Rules;

/// <summary>Reports every row's email as TEST9101, and throws on the second record: the engine must quarantine it.</summary>
[InvitationRule]
public sealed class ThrowingRule : InvitationRule
{
    public static readonly RuleDescriptor Rule = new("TEST9101", "Throws on the second record", "Saw '{0}'", "Test", Severity.Warning);

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterRowAction(row =>
        {
            if (row.Row.RecordNumber == 2)
            {
                throw new InvalidOperationException("boom on purpose");
            }

            row.Report(Diagnostic.Create(Rule, row.Row.LocationOf(ColumnKeys.Email), row.Row.Email));
        });
    }
}

/// <summary>Reports a descriptor it never declared: the engine must refuse the finding (B2B9005).</summary>
[InvitationRule]
public sealed class UndeclaredRule : InvitationRule
{
    public static readonly RuleDescriptor Declared = new("TEST9102", "Declared", "Declared", "Test", Severity.Warning);
    private static readonly RuleDescriptor Undeclared = new("TEST9103", "Undeclared", "Undeclared", "Test", Severity.Warning);

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Declared];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterRowAction(row => row.Report(Diagnostic.Create(Undeclared, row.Row.Location)));
    }
}

/// <summary>Prints to stdout and stderr on every row: the engine must keep that out of the reports (B2B9007).</summary>
[InvitationRule]
public sealed class ChattyRule : InvitationRule
{
    public static readonly RuleDescriptor Rule = new("TEST9104", "Prints to the console", "Never reported", "Test", Severity.Note);

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterRowAction(row =>
        {
            Console.WriteLine($"debug: looking at {row.Row.Email}");
            Console.Error.WriteLine("debug: on stderr too");
        });
    }
}
