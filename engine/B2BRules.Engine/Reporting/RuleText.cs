using System.Text;
using B2BRules.Sdk;

namespace B2BRules.Engine.Reporting;

/// <summary>Texts derived from a descriptor for reports, with fallbacks so a minimal third-party descriptor still reads well.</summary>
internal static class RuleText
{
    /// <summary>PascalCase name from the title ("Invitee uses a consumer email domain" → InviteeUsesAConsumerEmailDomain).</summary>
    public static string Name(RuleDescriptor descriptor)
    {
        var name = new StringBuilder();
        foreach (var word in descriptor.Title.Split([' ', '-', '/', '_', '.', ',', '(', ')', '\'', ':'], StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = new string([.. word.Where(char.IsLetterOrDigit)]);
            if (letters.Length > 0)
            {
                name.Append(char.ToUpperInvariant(letters[0])).Append(letters.AsSpan(1));
            }
        }

        return name.Length == 0 ? descriptor.Id : name.ToString();
    }

    public static string Sentence(string text) => EndsSentence(text) ? text : text + ".";

    /// <summary>Whether a text already ends as a sentence does; when not, <see cref="Sentence"/> adds a full stop.</summary>
    public static bool EndsSentence(ReadOnlySpan<char> text) => text.Length > 0 && text[^1] is '.' or '!' or '?';

    public static string FullDescription(RuleDescriptor descriptor) => Sentence(descriptor.Description ?? descriptor.Title);

    public static string Help(RuleDescriptor descriptor) =>
        descriptor.HelpUri is { } uri ? $"{FullDescription(descriptor)} See {uri}" : FullDescription(descriptor);

    public static string HelpMarkdown(RuleDescriptor descriptor) =>
        descriptor.HelpUri is { } uri ? $"{FullDescription(descriptor)}\n\n[{descriptor.Id} documentation]({uri})" : FullDescription(descriptor);

    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Note => "note",
        _ => "none",
    };
}
