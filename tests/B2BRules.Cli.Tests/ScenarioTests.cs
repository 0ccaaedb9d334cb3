using B2BRules.Testing;

namespace B2BRules.Cli.Tests;

/// <summary>Golden end-to-end scenarios: tests/scenarios/NAME/{input.csv, rules.yaml, expected.sarif, expected.txt}.</summary>
public sealed class ScenarioTests
{
    public static TheoryData<string> Names() => [.. Directory.GetDirectories(Repository.Scenarios).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Scenario_output_matches_the_golden_files(string name)
    {
        var outcome = ScenarioRunner.Run(Path.Combine(Repository.Scenarios, name));
        outcome.ActualSarif.ShouldBe(outcome.ExpectedSarif);
        outcome.ActualText.ShouldBe(outcome.ExpectedText);
    }
}
