using System.Buffers;
using System.Collections.Immutable;
using B2BRules.BuiltIn;
using B2BRules.Sdk;

namespace B2BRules.Engine.Checks;

/// <summary>
/// B2B0114: the email's domain has upper-case letters. Domains are case-insensitive, so the address works, but
/// mixed-case copies of one partner domain defeat exact matching in scripts and spreadsheets; the fix lower-cases it.
/// </summary>
[InvitationRule]
internal sealed class B2B0114UpperCaseDomain : InvitationRule
{
    public static readonly RuleDescriptor Rule = BuiltInDescriptor.Create(
        "B2B0114",
        "Email domain has upper-case letters",
        "The domain of '{0}' has upper-case letters; write it as '{1}'",
        "Format",
        Severity.Note,
        "Domain names are case-insensitive, so the invitation works, but mixed-case copies of one domain (Fabrikam.COM, " +
        "fabrikam.com) defeat exact matching in scripts and allow lists. Lower-casing the domain changes nothing else.",
        RuleScope.Row,
        "format",
        "email");

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    // Not ContainsAnyInRange('A', 'Z'): until the JIT optimises that generic method it boxes its bounds, three objects
    // on every row (found with the runtime's allocation sampling); SearchValues is precompiled and allocates nothing.
    private static readonly SearchValues<char> UpperCaseLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    public override void Initialize(RuleContext context) => context.RegisterRowAction(row =>
    {
        var email = row.Row.Email.Trim();
        var at = email.LastIndexOf('@');
        if (at > 0 && email.AsSpan(at + 1).ContainsAny(UpperCaseLetters))
        {
            row.Report(Diagnostic.Create(Rule, row.Row.LocationOf(ColumnKeys.Email), email, LowerCaseDomain(email)));
        }
    });

    public static string LowerCaseDomain(string email)
    {
        var at = email.LastIndexOf('@');
        return at < 0 ? email : email[..(at + 1)] + email[(at + 1)..].ToLowerInvariant();
    }
}
