using System.Buffers;
using System.Collections.Immutable;
using B2BRules.BuiltIn;
using B2BRules.Sdk;

namespace B2BRules.Engine.Checks;

/// <summary>
/// B2B0105: the email cell is empty or not an address Microsoft Graph accepts. Beyond local@domain syntax, Graph refuses
/// the characters <c>~ ! # $ % ^ &amp; * ( ) + = [ ] { } \ / | ; : " &lt; &gt; ? ,</c> and a period or hyphen at either
/// end of the user name (docs/rules/B2B0105.md), and no mail system delivers to an address with a control character in
/// it. Checked on the trimmed value; padding is B2B0109's business.
/// </summary>
[InvitationRule]
internal sealed class B2B0105InvalidEmail : InvitationRule
{
    public static readonly RuleDescriptor Rule = BuiltInDescriptor.Create(
        "B2B0105",
        "Invitee email address is not valid",
        "Email '{0}' is not a valid address: {1}",
        "Format",
        Severity.Error,
        "Every invitee needs an email address of the form name@domain that Microsoft Graph accepts: it refuses characters " +
        "such as + # $ % & and a period or hyphen at the start or end of the user name ('The Primary SMTP Address is an invalid value').",
        RuleScope.Row,
        "format",
        "email");

    private static readonly SearchValues<char> ForbiddenCharacters = SearchValues.Create("~!#$%^&*()+=[]{}\\/|;:\"<>?,");

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(RuleContext context) => context.RegisterRowAction(row =>
    {
        var email = row.Row.Email.Trim();

        // The template's example row is B2B0108's finding; one cause, one finding.
        if (!email.StartsWith("Example:", StringComparison.OrdinalIgnoreCase) && Problem(email) is { } problem)
        {
            row.Report(Diagnostic.Create(Rule, row.Row.LocationOf(ColumnKeys.Email), ControlCharacters.Visible(email), problem));
        }
    });

    /// <summary>What is wrong with an address, or null when Graph would take it.</summary>
    public static string? Problem(string email)
    {
        if (email.Length == 0)
        {
            return "the cell is empty";
        }

        // Before anything else: a NUL or other control character is invisible, and every later check would name the
        // wrong problem or none (a NUL is not among Graph's forbidden characters).
        foreach (var c in email)
        {
            if (char.IsControl(c))
            {
                return $"it contains the control character {ControlCharacters.Describe(c)}";
            }
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at < 0)
        {
            return "it has no '@'";
        }

        if (email.IndexOf('@', at + 1) >= 0)
        {
            return "it has more than one '@'";
        }

        var local = email.AsSpan(0, at);
        var domain = email.AsSpan(at + 1);
        if (local.IsEmpty)
        {
            return "the user name before '@' is empty";
        }

        var forbidden = local.IndexOfAny(ForbiddenCharacters);
        if (forbidden >= 0)
        {
            return $"Microsoft Graph refuses the character '{local[forbidden]}' in the user name";
        }

        if (local.Contains(' '))
        {
            return "the user name contains a space";
        }

        if (local[0] is '.' or '-' || local[^1] is '.' or '-')
        {
            return "the user name starts or ends with a period or hyphen";
        }

        if (local.Contains("..", StringComparison.Ordinal))
        {
            return "the user name has two periods in a row";
        }

        return DomainProblem(domain);
    }

    private static string? DomainProblem(ReadOnlySpan<char> domain)
    {
        if (domain.IsEmpty)
        {
            return "the domain after '@' is empty";
        }

        if (domain.IndexOf('.') < 0)
        {
            return $"the domain '{domain}' has no top-level domain";
        }

        // Label by label over the span: this runs on every row, so no Split and no per-character delegates.
        var topLevel = ReadOnlySpan<char>.Empty;
        foreach (var range in domain.Split('.'))
        {
            var label = domain[range];
            if (label.Length == 0 || label.Length > 63)
            {
                return $"the domain '{domain}' has an empty or overlong label";
            }

            if (label[0] == '-' || label[^1] == '-' || !IsLettersDigitsOrHyphens(label))
            {
                return $"the domain '{domain}' has a character a domain name cannot hold";
            }

            topLevel = label;
        }

        foreach (var c in topLevel)
        {
            if (!char.IsLetter(c))
            {
                return $"the top-level domain '{topLevel}' is not letters";
            }
        }

        return null;
    }

    private static bool IsLettersDigitsOrHyphens(ReadOnlySpan<char> label)
    {
        foreach (var c in label)
        {
            if (!char.IsLetterOrDigit(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }
}
