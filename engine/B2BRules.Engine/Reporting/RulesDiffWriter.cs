using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using B2BRules.Engine.PolicyTooling;
using B2BRules.Sdk;

namespace B2BRules.Engine.Reporting;

/// <summary>
/// The three forms of <c>rules diff</c>: text for a terminal, JSON for scripts, and Markdown for a pull-request comment
/// (a summary table, then the details in collapsible sections). <see cref="ReportOptions.Redact"/> hashes every address.
/// </summary>
public static class RulesDiffWriter
{
    /// <summary>The formats, as <c>--format</c> names them.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["text", "json", "markdown"];

    /// <summary>Writes the diff in one of <see cref="Formats"/>.</summary>
    public static void Write(RulesDiff diff, string format, string baseName, string headName, TextWriter output, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        switch (format)
        {
            case "json": WriteJson(diff, baseName, headName, output, options); break;
            case "markdown": WriteMarkdown(diff, baseName, headName, output, options); break;
            default: WriteText(diff, baseName, headName, output, options); break;
        }
    }

    private static string Level(Severity? severity) => severity?.ToString().ToLowerInvariant() ?? "-";

    private static string Change(FindingChange c) => c.Kind switch
    {
        FindingChangeKind.Appeared => $"+ {Level(c.After)}",
        FindingChangeKind.Disappeared => $"- {Level(c.Before)}",
        _ => $"~ {Level(c.Before)} -> {Level(c.After)}",
    };

    private static string Summary(RulesDiff diff)
    {
        var appeared = diff.Findings.Count(c => c.Kind == FindingChangeKind.Appeared);
        var disappeared = diff.Findings.Count(c => c.Kind == FindingChangeKind.Disappeared);
        var moved = diff.Findings.Count(c => c.Kind == FindingChangeKind.SeverityChanged);
        var errors = diff.Findings.Count(c => c.Kind == FindingChangeKind.Appeared && c.After == Severity.Error);
        return string.Create(CultureInfo.InvariantCulture,
            $"{appeared} finding(s) appear ({errors} error(s)), {disappeared} disappear, {moved} change severity in {diff.BatchCount} batch(es); {diff.Rules.Count} rule(s) changed");
    }

    private static void WriteText(RulesDiff diff, string baseName, string headName, TextWriter text, ReportOptions options)
    {
        text.WriteLine($"rules diff: {baseName} -> {headName}");
        foreach (var rule in diff.Rules)
        {
            text.WriteLine($"  rule {rule.RuleId}{For(rule)}: {options.Text(Describe(rule.Before))} -> {options.Text(Describe(rule.After))}");
        }

        foreach (var group in diff.Findings.GroupBy(c => c.Key.File))
        {
            text.WriteLine(group.Key);
            foreach (var c in group)
            {
                text.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {c.Key.Line}:{c.Key.Column,-5} {Change(c),-20} {c.Key.RuleId}  {options.Text(c.Key.Message)}"));
            }
        }

        text.WriteLine(Summary(diff));
    }

    private static string For(RuleChange rule) => rule.ForFile is { } file ? $" (for {file})" : string.Empty;

    private static string Describe(RuleState? state) => state is null ? "(not loaded)"
        : $"{state.Level.ToString().ToLowerInvariant()} [{state.Source}]{(state.Options.Length > 0 ? " options {" + state.Options + "}" : string.Empty)}";

    private static void WriteJson(RulesDiff diff, string baseName, string headName, TextWriter output, ReportOptions options)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("base", baseName);
            json.WriteString("head", headName);
            json.WriteNumber("batches", diff.BatchCount);
            json.WriteStartArray("rules");
            foreach (var rule in diff.Rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.RuleId);
                if (rule.ForFile is { } file)
                {
                    json.WriteString("forFile", file);
                }

                WriteState(json, "before", rule.Before, options);
                WriteState(json, "after", rule.After, options);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("findings");
            foreach (var c in diff.Findings)
            {
                json.WriteStartObject();
                json.WriteString("change", c.Kind switch { FindingChangeKind.Appeared => "appeared", FindingChangeKind.Disappeared => "disappeared", _ => "severity" });
                json.WriteString("file", c.Key.File);
                json.WriteString("ruleId", c.Key.RuleId);
                json.WriteNumber("line", c.Key.Line);
                json.WriteNumber("column", c.Key.Column);
                json.WriteString("message", options.Text(c.Key.Message));
                WriteLevel(json, "before", c.Before);
                WriteLevel(json, "after", c.After);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteLevel(Utf8JsonWriter json, string name, Severity? severity)
    {
        if (severity is { } s)
        {
            json.WriteString(name, Level(s));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteState(Utf8JsonWriter json, string name, RuleState? state, ReportOptions options)
    {
        if (state is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("level", state.Level.ToString().ToLowerInvariant());
        json.WriteString("source", state.Source);
        json.WriteString("options", options.Text(state.Options));
        json.WriteString("origin", state.Origin);
        json.WriteEndObject();
    }

    private static void WriteMarkdown(RulesDiff diff, string baseName, string headName, TextWriter output, ReportOptions options)
    {
        using var md = new StringWriter(CultureInfo.InvariantCulture);
        WriteMarkdownBody(diff, baseName, headName, md, options);
        output.Write(md.ToString().TrimEnd() + "\n"); // one newline at the end, no blank line (markdownlint MD012)
    }

    private static void WriteMarkdownBody(RulesDiff diff, string baseName, string headName, TextWriter md, ReportOptions options)
    {
        md.WriteLine("## b2brules rules diff");
        md.WriteLine();
        md.WriteLine($"{Code(baseName)} → {Code(headName)}: {Summary(diff)}.");
        md.WriteLine();
        var byRule = diff.Findings.GroupBy(c => c.Key.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (byRule.Count > 0)
        {
            md.WriteLine("| Rule | Appear | Disappear | Severity changes | New errors |");
            md.WriteLine("| --- | ---: | ---: | ---: | ---: |");
            foreach (var g in byRule)
            {
                md.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {g.Key} | {g.Count(c => c.Kind == FindingChangeKind.Appeared)} | {g.Count(c => c.Kind == FindingChangeKind.Disappeared)} | {g.Count(c => c.Kind == FindingChangeKind.SeverityChanged)} | {g.Count(c => c.After == Severity.Error && c.Before != Severity.Error)} |"));
            }

            md.WriteLine();
        }

        if (diff.Rules.Count > 0)
        {
            Details(md, $"Rules whose settings changed ({diff.Rules.Count})", () =>
            {
                md.WriteLine("| Rule | Before | After |");
                md.WriteLine("| --- | --- | --- |");
                foreach (var rule in diff.Rules)
                {
                    md.WriteLine($"| {rule.RuleId}{MarkdownText.Cell(For(rule))} | {Code(options.Text(Describe(rule.Before)))} | {Code(options.Text(Describe(rule.After)))} |");
                }
            });
        }

        foreach (var g in byRule)
        {
            Details(md, $"{g.Key}: {g.Count()} finding(s) differ", () =>
            {
                md.WriteLine("| Batch | Line | Change | Message |");
                md.WriteLine("| --- | ---: | --- | --- |");
                foreach (var c in g)
                {
                    md.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"| {MarkdownText.Cell(c.Key.File)} | {c.Key.Line} | {MarkdownText.Cell(Change(c))} | {MarkdownText.Message(options.Text(c.Key.Message))} |"));
                }
            });
        }
    }

    private static void Details(TextWriter md, string summary, Action body)
    {
        md.WriteLine("<details>");
        md.WriteLine($"<summary>{MarkdownText.Cell(summary)}</summary>");
        md.WriteLine();
        body();
        md.WriteLine();
        md.WriteLine("</details>");
        md.WriteLine();
    }

    private static string Code(string text) => "`" + text.Replace('`', '\'').Replace("|", "\\|", StringComparison.Ordinal).Trim() + "`";
}
