using System.Globalization;
using B2BRules.Engine.Configuration;
using B2BRules.Engine.PolicyTooling;
using B2BRules.Sdk;
using B2BRules.Sdk.Tenants;

namespace B2BRules.Engine.Reporting;

/// <summary>Text for <c>rules list</c> and <c>rules explain</c>.</summary>
public static class RulesTextWriter
{
    /// <summary>The tag of rules that judge against a tenant snapshot and report nothing without one.</summary>
    public const string SnapshotTag = "tenant-snapshot";

    public static void WriteList(IReadOnlyList<RuleEntry> entries, TextWriter text, TenantSnapshot? tenant = null)
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
        var needSnapshot = entries.Where(e => e.Level != RuleLevel.Off && e.Descriptor.Tags.Contains(SnapshotTag)).Select(e => e.Descriptor.Id).ToList();
        if (needSnapshot.Count > 0)
        {
            text.WriteLine(tenant is null
                ? $"No tenant snapshot (check --tenant FILE, or tenant: in rules.yaml): {string.Join(", ", needSnapshot)} report nothing."
                : $"Tenant snapshot: {Describe(tenant)}.");
        }
    }

    /// <summary>"tenant.snapshot.json: tenant 1111… (Contoso), pulled 2026-12-01; unknown: collaborationRestrictions".</summary>
    public static string Describe(TenantSnapshot tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var name = tenant.TenantName is { } n ? $" ({n})" : string.Empty;
        var unknown = tenant.UnknownFacts.Count == 0 ? string.Empty : "; unknown: " + string.Join(", ", tenant.UnknownFacts.Order().Select(Tenants.SnapshotFile.Name));
        return $"{tenant.FileName}: tenant {tenant.TenantId}{name}, {tenant.Provenance}{unknown}";
    }

    public static void WriteExplanation(RuleExplanation explanation, TextWriter text, TenantSnapshot? tenant = null)
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

        if (d.Tags.Contains(SnapshotTag))
        {
            text.WriteLine(tenant is null
                ? "  tenant:      judges against a tenant snapshot; none is given (check --tenant FILE, or tenant: in rules.yaml), so it reports nothing"
                : $"  tenant:      {Describe(tenant)}");
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

    internal static string Render(OptionValue value) => value.Value switch
    {
        null => "null",
        string s => s,
        IReadOnlyList<OptionValue> list => "[" + string.Join(", ", list.Select(Render)) + "]",
        IReadOnlyDictionary<string, OptionValue> map => "{" + string.Join(", ", map.Select(p => p.Key + ": " + Render(p.Value))) + "}",
        var other => other.ToString() ?? string.Empty,
    };
}
