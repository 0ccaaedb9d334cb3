using B2BRules.Engine.Configuration;

namespace B2BRules.Engine.Tests;

/// <summary>A hostile policy file gets a clear error with its place, in bounded time and memory (docs/security.md).</summary>
public sealed class HostileYamlTests
{
    private static ConfigurationException Error(string yaml)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("b2brules-hostile-").FullName, "rules.yaml");
        File.WriteAllText(path, yaml);
        return Should.Throw<ConfigurationException>(() => new ConfigurationLoader().Load(path));
    }

    [Fact]
    public void An_alias_bomb_is_refused_before_it_expands()
    {
        var levels = string.Concat(Enumerable.Range(1, 8).Select(i => $"  l{i}: &l{i} [{string.Join(',', Enumerable.Repeat($"*l{i - 1}", 10))}]\n"));
        var error = Error("policy:\n  l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n" + levels);
        error.Message.ShouldContain("expands to more than 200,000 values");
        error.Where!.StartLine.ShouldBeGreaterThan(2);
    }

    [Fact]
    public void Deep_nesting_is_refused() =>
        Error("policy:\n  x: " + new string('[', 500) + new string(']', 500) + "\n").Message.ShouldContain("nests deeper than 64 levels");

    [Fact]
    public void A_huge_file_is_refused() =>
        Error("# " + new string('x', YamlGuard.MaxCharacters) + "\n").Message.ShouldContain("larger than 4 MiB");

    [Fact]
    public void A_node_that_contains_an_alias_to_itself_is_refused_instead_of_overflowing_the_stack() =>
        Error("policy:\n  x: &loop { a: 1, b: *loop }\n").Message.ShouldContain("recursive YAML is not allowed");

    [Fact]
    public void Modest_aliases_still_work()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("b2brules-hostile-").FullName, "rules.yaml");
        File.WriteAllText(path, "policy:\n  mfa: { required: true, trustedPartners: &partners [fabrikam.com] }\n  acme: { partners: *partners }\n");
        new ConfigurationLoader().Load(path).Policy.Mfa.TrustedPartners.ShouldBe(["fabrikam.com"]);
    }

    /// <summary>
    /// Inputs AFL++ found: YamlDotNet throwing InvalidOperationException or ArgumentException instead of YamlException,
    /// a declarative rule with an empty message reaching the descriptor's constructor, and a self-referencing node that
    /// overflowed YamlDotNet's stack.
    /// </summary>
    [Theory]
    [InlineData("yaml-scanner-invalid-operation.yaml", "This is not valid YAML")]
    [InlineData("yaml-unsupported-event.yaml", "This is not valid YAML")]
    [InlineData("yaml-empty-message.yaml", "'message' of declarative rule")]
    [InlineData("yaml-recursive-alias.yaml", "The alias")]
    [InlineData("yaml-forward-alias-1.yaml", "The alias")]
    [InlineData("yaml-forward-alias-2.yaml", "The alias")]
    public void Fuzzer_found_malformed_yaml_is_a_located_configuration_error(string file, string message)
    {
        var source = Path.Combine(BatchReaderTests.RepositoryRoot(), "tests", "B2BRules.Engine.Tests", "FuzzRegressions", file);
        var path = Path.Combine(Directory.CreateTempSubdirectory("b2brules-fuzz-").FullName, "rules.yaml");
        File.Copy(source, path);
        var error = Should.Throw<ConfigurationException>(() => new ConfigurationLoader().Load(path));
        error.Message.ShouldStartWith(message);
        error.Where.ShouldNotBeNull();
    }
}
