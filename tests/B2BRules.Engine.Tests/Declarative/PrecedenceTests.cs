using B2BRules.Engine.Checking;
using B2BRules.Engine.Configuration;
using B2BRules.Engine.Plugins;
using B2BRules.Engine.PolicyTooling;
using B2BRules.Testing;

namespace B2BRules.Engine.Tests.Declarative;

/// <summary>
/// The one documented precedence: rule default → extends (profiles and files, in order) → rules → overrides by glob →
/// --severity; and <c>rules explain</c> shows that chain for a file.
/// </summary>
public sealed class PrecedenceTests
{
    private static (RuleSet Rules, string Root) Setup(params string[] severities)
    {
        var root = Directory.CreateTempSubdirectory("b2brules-precedence-").FullName;
        File.WriteAllText(Path.Combine(root, "team.yaml"), "rules:\n  B2B0109: error\n");
        File.WriteAllText(Path.Combine(root, "rules.yaml"),
            "extends: [builtin:entra, ./team.yaml]\nrules:\n  B2B0109: note\noverrides:\n  - files: ['legacy/**/*.csv']\n    rules: { B2B0109: off }\n");
        var inventory = new RuleInventory(new ConfigurationLoader(), new RuleLoader(new PluginHost(), new BuiltInPlugins(Path.Combine(root, "no-plugins"))));
        return (inventory.Open(Path.Combine(root, "rules.yaml"), severities, root), root);
    }

    [Fact]
    public void Explain_shows_default_file_rules_override_and_command_line_in_order()
    {
        var (rules, root) = Setup("B2B0109=warning");
        var explanation = rules.Explain("b2b0109", Path.Combine(root, "legacy", "2016", "old.csv"));
        explanation.Chain.Select(s => (s.Level, s.Origin)).ShouldBe(
        [
            (RuleLevel.Warning, "default of the rule (engine)"),
            (RuleLevel.Error, Path.Combine(root, "team.yaml")),
            (RuleLevel.Note, Path.Combine(root, "rules.yaml")),
            (RuleLevel.Off, $"override at {Path.Combine(root, "rules.yaml")}(5,5) for legacy/**/*.csv"),
            (RuleLevel.Warning, RuleSetting.CommandLineOrigin),
        ]);
        explanation.Entry.Level.ShouldBe(RuleLevel.Warning);
        explanation.Chain[1].Where!.StartLine.ShouldBe(2);
    }

    [Fact]
    public void Overrides_apply_only_to_matching_files()
    {
        var (rules, root) = Setup();
        rules.List(Path.Combine(root, "legacy", "a", "old.csv")).Single(e => e.Descriptor.Id == "B2B0109").Level.ShouldBe(RuleLevel.Off);
        rules.List(Path.Combine(root, "current", "new.csv")).Single(e => e.Descriptor.Id == "B2B0109").Level.ShouldBe(RuleLevel.Note);
        rules.List().Single(e => e.Descriptor.Id == "B2B0109").Level.ShouldBe(RuleLevel.Note);
    }

    [Fact]
    public void Later_profiles_win_over_earlier_ones()
    {
        var root = Directory.CreateTempSubdirectory("b2brules-precedence-").FullName;
        var path = Path.Combine(root, "rules.yaml");
        File.WriteAllText(path, "extends: [builtin:entra, builtin:preview-2016]\n");
        var settings = new ConfigurationLoader().Load(path).ForFile(null);
        settings.ConfiguredLevel("B2B0001").ShouldBe(RuleLevel.Error);
        settings.ConfiguredLevel("B2B0006").ShouldBe(RuleLevel.Warning);
    }

    [Fact]
    public void Severity_on_the_command_line_changes_findings() =>
        RuleVerifier.VerifyEngineWithRules(Policy.Header + "ann@fabrikam.com, https://myapps.microsoft.com,true,hi\n", "rules: { B2B0109: off }\n", "B2B0109");

    [Fact]
    public void Explain_of_an_unknown_id_suggests_near_ones()
    {
        var (rules, _) = Setup();
        Should.Throw<UsageException>(() => rules.Explain("B2B019")).Message.ShouldContain("did you mean B2B0109");
    }
}
