using System.Text;
using B2BRules.Engine.Configuration;
using B2BRules.Sdk;

namespace B2BRules.Engine.Declarative;

/// <summary>
/// A declarative rule's message: <c>{email}</c>, <c>{domain}</c> (the email's domain) or any column key in braces,
/// <c>{{</c> and <c>}}</c> for literal braces. Compiled to a composite format (<c>{0}</c>…) plus the placeholder names,
/// so declarative findings are created exactly like compiled ones.
/// </summary>
internal sealed record MessageTemplate(string CompositeFormat, IReadOnlyList<string> Placeholders)
{
    public const string DomainPlaceholder = "domain";

    public static MessageTemplate Parse(string text, Location where)
    {
        var format = new StringBuilder();
        var names = new List<string>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c == '{' || c == '}') && i + 1 < text.Length && text[i + 1] == c)
            {
                format.Append(c, 2);
                i++;
            }
            else if (c == '{')
            {
                var end = text.IndexOf('}', i + 1);
                var name = end < 0 ? string.Empty : text[(i + 1)..end].Trim();
                if (name.Length == 0 || !name.All(ch => char.IsLetterOrDigit(ch) || ch is '_' or '-' or ' '))
                {
                    throw new ConfigurationException($"The message has a '{{' at position {i + 1} that opens no placeholder such as {{email}}; write '{{{{' for a literal brace.", where);
                }

                var index = names.FindIndex(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
                if (index < 0)
                {
                    names.Add(name);
                    index = names.Count - 1;
                }

                format.Append('{').Append(index).Append('}');
                i = end;
            }
            else if (c == '}')
            {
                throw new ConfigurationException($"The message has a '}}' at position {i + 1} that closes no placeholder; write '}}}}' for a literal brace.", where);
            }
            else
            {
                format.Append(c);
            }
        }

        return new MessageTemplate(format.ToString(), names);
    }

    /// <summary>The placeholder values for one row.</summary>
    public object?[] Arguments(InvitationRow row) =>
        [.. Placeholders.Select(name => string.Equals(name, DomainPlaceholder, StringComparison.OrdinalIgnoreCase)
            ? EmailAddress.DomainOf(row.Email) ?? string.Empty
            : row[name]?.Trim() ?? string.Empty)];
}
