using B2BRules.Engine;
using B2BRules.Engine.PolicyTooling;
using Microsoft.Extensions.DependencyInjection;

namespace B2BRules.Cli.Tests;

/// <summary>The project's own declarative-rule tests use the fixture format policy authors use with <c>b2brules test</c>.</summary>
public sealed class PolicyFixtureTests
{
    private static readonly string Fixtures = Path.Combine(Repository.Root, "tests", "policy-fixtures");

    private static PolicyFixtures Runner()
    {
        var services = new ServiceCollection().AddB2BRules().BuildServiceProvider();
        return services.GetRequiredService<PolicyFixtures>();
    }

    public static TheoryData<string> Names() => [.. PolicyFixtures.Discover(Fixtures).Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(Names))]
    public void Fixture_passes(string name)
    {
        var result = Runner().Run(Path.Combine(Fixtures, name));
        result.Passed.ShouldBeTrue(string.Join("\n", result.Problems.Concat(result.Missing).Concat(result.Unexpected)));
    }

    [Fact]
    public void A_wrong_expectation_fails_naming_what_is_missing_and_what_is_unexpected()
    {
        var dir = Repository.TempDirectory();
        foreach (var file in Directory.GetFiles(Path.Combine(Fixtures, "partner-allow-list")))
        {
            File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(dir, "expected.txt"), "4 CONTOSO1001\nnot a line\n");
        var result = Runner().Run(dir);
        result.Passed.ShouldBeFalse();
        result.Missing.ShouldBe(["4 CONTOSO1001"]);
        result.Unexpected.ShouldHaveSingleItem().ShouldStartWith("5:1 CONTOSO1001  'sam@rival.example' is not from an approved partner domain");
        result.Problems.ShouldBe(["expected.txt(2): 'not a line' is not 'LINE[:COLUMN] RULEID'"]);
    }

    [Fact]
    public void The_test_command_reports_each_fixture_and_exits_by_outcome()
    {
        var (code, stdout, _) = Repository.RunCli(Repository.Root, "test", "tests/policy-fixtures");
        code.ShouldBe(0, stdout);
        stdout.ShouldContain("PASS partner-allow-list (1 finding)");
        stdout.ShouldContain("fixtures: 3 passed, 0 failed");

        var broken = Repository.TempDirectory();
        File.WriteAllText(Path.Combine(broken, "input.csv"), "Email,DisplayName\nann@gmail.com,Ann\n");
        File.WriteAllText(Path.Combine(broken, "expected.txt"), "");
        File.WriteAllText(Path.Combine(broken, "rules.yaml"), "rules: { X1: { title: T, message: 'm {email}', severity: error, then: { domainIn: [fabrikam.com] } } }\n");
        var (failed, output, _) = Repository.RunCli(broken, "test", ".");
        failed.ShouldBe(1);
        output.ShouldContain("unexpected: 2:1 X1  m ann@gmail.com");

        Repository.RunCli(broken, "test", "nowhere").ExitCode.ShouldBe(2);
    }
}
