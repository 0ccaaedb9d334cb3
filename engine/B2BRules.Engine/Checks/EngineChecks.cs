using System.Collections.Immutable;
using B2BRules.Sdk;

namespace B2BRules.Engine.Checks;

/// <summary>The engine's own batch checks (B2B0100–B2B0199): SARIF's <c>tool.driver.rules</c>.</summary>
internal static class EngineChecks
{
    /// <summary>The checks that run as rules over rows.</summary>
    public static ImmutableArray<InvitationRule> CreateRules() =>
    [
        new B2B0105InvalidEmail(),
        new B2B0106DuplicateInvitee(),
        new B2B0107RedirectUrlNotHttps(),
        new B2B0108TemplateExampleRow(),
        new B2B0109PaddedValue(),
        new B2B0110SendEmailNotBoolean(),
        new B2B0111TextEncoding(),
        new B2B0113FormulaCharacter(),
        new B2B0114UpperCaseDomain(),
        new B2B0115CommaInMessage(),
        new B2B0116DisplayNameTooLong(),
    ];

    /// <summary>Every engine descriptor, in ID order: the reader's structural checks and the row checks.</summary>
    public static ImmutableArray<RuleDescriptor> Descriptors { get; } = Plugins.RuleCatalog.PrimaryDescriptors(
        new[]
        {
            B2B0100MalformedCsv.Rule, B2B0101UnrecognisedFormat.Rule, B2B0102MissingRequiredColumn.Rule,
            B2B0103UnknownOrDuplicateColumn.Rule, B2B0104WrongFieldCount.Rule, B2B0111TextEncoding.Rule, B2B0112BlankRow.Rule,
            B2B0117BracketNameCase.Rule,
        }
        .Concat(CreateRules().SelectMany(r => r.SupportedRules))
        .OrderBy(d => d.Id, StringComparer.Ordinal));
}
