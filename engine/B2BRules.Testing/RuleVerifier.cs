using System.Collections.Immutable;
using System.Text;
using B2BRules.Engine.Configuration;
using B2BRules.Engine.Execution;
using B2BRules.Engine.Plugins;
using B2BRules.Sdk;

namespace B2BRules.Testing;

/// <summary>
/// Runs rules through the real engine (reader, runner, isolation) over CSV markup and compares what they report with
/// what the markup marks. Only the IDs under test are compared, so other rules' findings do not get in the way.
/// </summary>
public static class RuleVerifier
{
    /// <summary>Verifies a plugin rule: its findings must be exactly the marked ones.</summary>
    /// <param name="markup">CSV with <c>{|ID:cell|}</c> marks.</param>
    /// <param name="rulesYaml">rules.yaml text for policy, severities and options; null uses the built-in defaults.</param>
    public static IReadOnlyList<Diagnostic> Verify<TRule>(string markup, string? rulesYaml = null)
        where TRule : InvitationRule, new()
    {
        var rule = new TRule();
        return VerifyIds(markup, rulesYaml, [rule], [.. rule.SupportedRules.Select(d => d.Id)]);
    }

    /// <summary>Verifies engine checks (the reader's structural checks and the row checks) for the given IDs.</summary>
    public static IReadOnlyList<Diagnostic> VerifyEngine(string markup, params string[] ids) => VerifyIds(markup, null, [], ids);

    /// <summary>Verifies engine checks with a rules file.</summary>
    public static IReadOnlyList<Diagnostic> VerifyEngineWithRules(string markup, string rulesYaml, params string[] ids) => VerifyIds(markup, rulesYaml, [], ids);

    /// <summary>Verifies the declarative rules a rules file defines: their findings must be exactly the marked ones.</summary>
    /// <param name="markup">CSV with <c>{|ID:cell|}</c> marks.</param>
    /// <param name="rulesYaml">rules.yaml text defining the rules.</param>
    public static IReadOnlyList<Diagnostic> VerifyPolicy(string markup, string rulesYaml)
    {
        var ids = Load(rulesYaml, out _).Declarative.SelectMany(f => f.Rules).Select(r => r.Descriptor.Id).ToList();
        return VerifyIds(markup, rulesYaml, [], ids);
    }

    /// <summary>Runs the engine over CSV text and returns every finding and notification.</summary>
    /// <param name="csv">The batch.</param>
    /// <param name="rules">The rules under test.</param>
    /// <param name="rulesYaml">rules.yaml text, or null for the default profile.</param>
    /// <param name="route">How the batch reaches the service (the graph adapter's route is <see cref="InvitationRoute.Graph"/>).</param>
    public static BatchResult Run(string csv, IEnumerable<InvitationRule> rules, string? rulesYaml = null, InvitationRoute route = InvitationRoute.Upload) =>
        Run(csv, rules, [], rulesYaml, route).Result;

    /// <summary>Runs the engine with the rules and fix providers under test; also returns the catalog and the batch's settings.</summary>
    internal static (BatchResult Result, RuleCatalog Catalog, FileSettings Settings) Run(
        string csv, IEnumerable<InvitationRule> rules, IEnumerable<Sdk.Fixes.InvitationFixProvider> fixProviders, string? rulesYaml, InvitationRoute route = InvitationRoute.Upload)
    {
        var configuration = Load(rulesYaml, out var rulesPath, route);
        var list = rules.ToList();
        var fixes = fixProviders.ToImmutableArray();
        var components = new List<RuleComponent>();
        if (list.Count > 0 || fixes.Length > 0)
        {
            components.Add(new RuleComponent("TestRules", "1.0.0", ComponentKind.Plugin, [.. list], [.. list.SelectMany(r => r.SupportedRules)]) { FixProviders = fixes });
        }

        components.AddRange(configuration.Declarative.Select(f =>
            new RuleComponent("rules.yaml", "1.0.0", ComponentKind.Yaml, [.. f.Rules], [.. f.Rules.Select(r => r.Descriptor)])));
        var notifications = new List<ToolNotification>();
        var catalog = RuleCatalog.Create(components, notifications);
        var settings = configuration.ForFile(Path.Combine(Path.GetDirectoryName(rulesPath)!, "batch.csv"));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        var result = new BatchRunner().Run(catalog, stream, "batch.csv", "batch.csv", settings, CancellationToken.None);
        return (result with { Notifications = [.. notifications, .. result.Notifications] }, catalog, settings);
    }

    private static List<Diagnostic> VerifyIds(string markup, string? rulesYaml, IReadOnlyList<InvitationRule> rules, IReadOnlyList<string> ids)
    {
        var parsed = CsvMarkup.Parse(markup);
        return Compare(parsed, Run(parsed.Text, rules, rulesYaml), ids);
    }

    /// <summary>The findings of <paramref name="ids"/> must be exactly the marked ones, and the run free of tool problems.</summary>
    internal static List<Diagnostic> Compare(CsvMarkup parsed, BatchResult result, IReadOnlyList<string> ids)
    {
        var failures = result.Notifications.Where(n => n.IsToolFailure || n.IsConfigurationError).ToList();
        if (failures.Count > 0)
        {
            throw new VerificationException("The run had tool problems:\n" + string.Join("\n", failures.Select(f => $"  {f.Descriptor.Id}: {f.Message}")));
        }

        var actual = result.Diagnostics.Where(d => ids.Contains(d.Id, StringComparer.Ordinal)).ToList();
        var actualExpected = actual.Select(ExpectedDiagnostic.From).ToList();
        if (!actualExpected.SequenceEqual(parsed.Expected))
        {
            throw new VerificationException(
                $"Expected {parsed.Expected.Count} finding(s):\n{Lines(parsed.Expected.Select(e => e.ToString()))}" +
                $"but the rules reported {actual.Count}:\n{Lines(actual.Select(d => $"{ExpectedDiagnostic.From(d)}: {d.Message}"))}");
        }

        return actual;
    }

    private static EngineConfiguration Load(string? rulesYaml, out string rulesPath, InvitationRoute route = InvitationRoute.Upload)
    {
        rulesPath = WriteTemp("rules.yaml", rulesYaml ?? "extends: " + ConfigurationLoader.DefaultProfile + "\n");
        return new ConfigurationLoader().Load(rulesPath, new RunSettings(Route: route));
    }

    private static string Lines(IEnumerable<string> lines) => string.Concat(lines.Select(l => "  " + l + "\n"));

    private static string WriteTemp(string name, string text)
    {
        var directory = Directory.CreateTempSubdirectory("b2brules-test-");
        var path = Path.Combine(directory.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }
}

/// <summary>A verification failed: the message lists expected and actual findings.</summary>
public sealed class VerificationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public VerificationException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">Expected and actual findings.</param>
    public VerificationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">Expected and actual findings.</param>
    /// <param name="innerException">The cause.</param>
    public VerificationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
