using B2BRules.Engine.Configuration;
using B2BRules.Sdk;

namespace B2BRules.Engine.Tests;

public sealed class ConfigurationTests
{
    private static EngineConfiguration Load(string yaml, out string path)
    {
        var directory = Directory.CreateTempSubdirectory("b2brules-config-");
        path = Path.Combine(directory.FullName, "rules.yaml");
        File.WriteAllText(path, yaml);
        return new ConfigurationLoader().Load(path);
    }

    [Theory]
    [InlineData("rules:\n  B2B0001: loud\n", 2, 12, "'loud' is not a severity")]
    [InlineData("policy:\n  maxRows: lots\n", 2, 12, "must be a whole number")]
    [InlineData("rulez:\n  B2B0001: off\n", 1, 1, "'rulez' is not a top-level key")]
    [InlineData("rules:\n  B2B0001: {severity: error, option: {}}\n", 2, 30, "'option' is not a key of rule 'B2B0001'")]
    [InlineData("rules: [unclosed\n", 2, 1, "This is not valid YAML")]
    [InlineData("extends: builtin:nope\n", 1, 10, "not a built-in profile")]
    [InlineData("plugins: [./missing/Acme.dll]\n", 1, 11, "does not exist")]
    [InlineData("policy:\n  maxRow: 10\n", 2, 11, "policy.maxRow is not a key B2BRules reads (did you mean maxRows?)")]
    [InlineData("policy:\n  mfa: { requried: true }\n", 2, 20, "policy.mfa.requried is not a key of policy.mfa (did you mean required?)")]
    [InlineData("policy:\n  adapters: { onWarning: later }\n", 2, 26, "must be 'hold' or 'send'")]
    public void Broken_files_name_file_line_and_column(string yaml, int line, int column, string message)
    {
        var error = Should.Throw<ConfigurationException>(() => Load(yaml, out _));
        error.Message.ShouldContain(message);
        error.Where.ShouldNotBeNull();
        (error.Where.StartLine, error.Where.StartColumn).ShouldBe((line, column));
    }

    [Fact]
    public void Entra_profile_then_user_settings_then_overrides()
    {
        var configuration = Load("extends: builtin:entra\nrules:\n  B2B0002: error\noverrides:\n  - files: [\"legacy/**/*.csv\", \"./old.csv\"]\n    rules: { B2B0002: off }\n", out var path);
        var root = Path.GetDirectoryName(path)!;
        var normal = configuration.ForFile(Path.Combine(root, "batch.csv"));
        normal.ConfiguredLevel("B2B0001").ShouldBe(RuleLevel.Note);
        normal.ConfiguredLevel("B2B0002").ShouldBe(RuleLevel.Error);
        normal.ConfiguredLevel("B2B0006").ShouldBe(RuleLevel.Off);
        configuration.ForFile(Path.Combine(root, "legacy", "2016", "old.csv")).ConfiguredLevel("B2B0002").ShouldBe(RuleLevel.Off);
        configuration.ForFile(Path.Combine(root, "old.csv")).ConfiguredLevel("B2B0002").ShouldBe(RuleLevel.Off);
        configuration.Policy.UploadRoles.ShouldBe(["GlobalAdministrator", "UserAdministrator"]);
    }

    /// <summary>Rules word service facts for the profile in force: the last built-in profile applied, else the 2016 preview.</summary>
    [Theory]
    [InlineData("extends: builtin:entra\n", ServiceProfile.Entra)]
    [InlineData("extends: builtin:Entra\n", ServiceProfile.Entra)]
    [InlineData("extends: builtin:preview-2016\n", ServiceProfile.Preview2016)]
    [InlineData("extends: [builtin:entra, builtin:preview-2016]\n", ServiceProfile.Preview2016)]
    [InlineData("extends: [builtin:preview-2016, builtin:entra]\n", ServiceProfile.Entra)]
    [InlineData("rules: { B2B0001: off }\n", ServiceProfile.Preview2016)]
    public void The_profile_in_force_is_the_last_built_in_profile_applied(string yaml, ServiceProfile expected) =>
        Load(yaml, out _).Policy.Profile.ShouldBe(expected);

    [Fact]
    public void A_profile_reached_through_an_extended_file_is_in_force()
    {
        Load("extends: builtin:entra\n", out var team);
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(team)!, "repo.yaml"), "extends: ./rules.yaml\nrules: { B2B0002: error }\n");
        new ConfigurationLoader().Load(Path.Combine(Path.GetDirectoryName(team)!, "repo.yaml")).Policy.Profile.ShouldBe(ServiceProfile.Entra);
    }

    [Fact]
    public void Without_a_rules_file_the_2016_preview_is_in_force()
    {
        File.Exists(ConfigurationLoader.DefaultFileName).ShouldBeFalse("the test runs where no rules.yaml is");
        new ConfigurationLoader().Load(null).Policy.Profile.ShouldBe(ServiceProfile.Preview2016);
    }

    [Fact]
    public void Policy_is_typed_and_lists_replace_the_profile()
    {
        var policy = Load("extends: builtin:entra\npolicy:\n  maxRows: 50\n  uploadRoles: [GuestInviter]\n  mfa: { required: true, trustedPartners: [fabrikam.com] }\n", out _).Policy;
        policy.MaxRows.ShouldBe(50);
        policy.UploadRoles.ShouldBe(["GuestInviter"]);
        policy.Mfa.ShouldBe(new MfaPolicy(true, ["fabrikam.com"]), new MfaComparer());
    }

    [Fact]
    public void Policy_keys_of_plugins_are_allowed_and_readable()
    {
        var policy = Load("policy:\n  acmeReviewBoard: legal@contoso.com\n", out _).Policy;
        policy.Raw.GetString("acmeReviewBoard", string.Empty).ShouldBe("legal@contoso.com");
    }

    [Fact]
    public void The_root_rules_yaml_loads() =>
        new ConfigurationLoader().Load(Path.Combine(BatchReaderTests.RepositoryRoot(), "rules.yaml")).Policy.Mfa.Required.ShouldBeTrue();

    private sealed class MfaComparer : IEqualityComparer<MfaPolicy>
    {
        public bool Equals(MfaPolicy? x, MfaPolicy? y) => x!.Required == y!.Required && x.TrustedPartners.SequenceEqual(y.TrustedPartners);

        public int GetHashCode(MfaPolicy obj) => obj.Required.GetHashCode();
    }
}
