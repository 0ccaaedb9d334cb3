using System.Globalization;
using B2BRules.Engine.Configuration;
using B2BRules.Engine.Execution;
using B2BRules.Sdk;

namespace B2BRules.Engine.Reporting;

/// <summary>Text for <c>rules list</c> and <c>rules explain</c>.</summary>
public static class RulesTextWriter
{
    public static void WriteList(IReadOnlyList<RuleEntry> entries, TextWriter text)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(text);
        var idWidth = Math.Max(2, entries.Max(e => e.Descriptor.Id.Length));
        var titleWidth = Math.Min(60, entries.Max(e => e.Descriptor.Title.Length));
        text.WriteLine($"{"ID".PadRight(idWidth)}  {"SEVERITY",-8}  {"TITLE".PadRight(titleWidth)}  ORIGIN");
        foreach (var e in entries)
        {
            var title = e.Descriptor.Title.Length > titleWidth ? e.Descriptor.Title[..(titleWidth - 1)] + "…" : e.Descriptor.Title;
            text.WriteLine($"{e.Descriptor.Id.PadRight(idWidth)}  {Word(e.Level),-8}  {title.PadRight(titleWidth)}  {e.Component.Origin}");
        }

        text.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{entries.Count} rules, {entries.Count(e => e.Level != RuleLevel.Off)} on."));
    }

    public static void WriteExplanation(RuleExplanation explanation, TextWriter text)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        ArgumentNullException.ThrowIfNull(text);
        var d = explanation.Entry.Descriptor;
        text.WriteLine($"{d.Id}: {d.Title}");
        text.WriteLine($"  origin:      {explanation.Entry.Component.Origin}{(explanation.DefinedAt is { } at ? " (defined at " + Place(at) + ")" : string.Empty)}");
        text.WriteLine($"  category:    {d.Category}; {(d.Scope == RuleScope.Batch ? "batch" : "row")}-scoped");
        if (d.Description is { } description)
        {
            text.WriteLine($"  description: {description}");
        }

        if (d.HelpUri is { } help)
        {
            text.WriteLine($"  help:        {help}");
        }

        text.WriteLine(explanation.Options.Count == 0 ? "  options:     none set" : "  options:");
        foreach (var (name, value) in explanation.Options)
        {
            text.WriteLine($"    {name}: {Render(value)}{(value.Source is { } source ? "   (" + Place(source) + ")" : string.Empty)}");
        }

        var target = explanation.ForFile is { } file ? $"for {file}" : "for any file (overrides apply per file: use --for FILE)";
        text.WriteLine($"  severity {target}: {Word(explanation.Entry.Level)}");
        var step = 0;
        foreach (var s in explanation.Chain)
        {
            step++;
            var label = s.Where is not { } where ? s.Origin
                : where.FilePath == s.Origin ? Place(where)
                : $"{s.Origin}   {Place(where)}";
            text.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {step}. {Word(s.Level),-8} {label}"));
        }

        text.WriteLine("  (the last step wins)");
    }

    private static string Word(RuleLevel level) => level.ToString().ToLowerInvariant();

    private static string Place(Location where) => string.Create(CultureInfo.InvariantCulture, $"{where.FilePath}({where.StartLine},{where.StartColumn})");

    private static string Render(OptionValue value) => value.Value switch
    {
        null => "null",
        string s => s,
        IReadOnlyList<OptionValue> list => "[" + string.Join(", ", list.Select(Render)) + "]",
        IReadOnlyDictionary<string, OptionValue> map => "{" + string.Join(", ", map.Select(p => p.Key + ": " + Render(p.Value))) + "}",
        var other => other.ToString() ?? string.Empty,
    };
}
