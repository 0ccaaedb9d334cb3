using System.Globalization;
using System.Text.Json.Nodes;
using Json.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace B2BRules.Engine.Tests;

/// <summary>schema/rules.schema.json accepts every rules file the project ships and rejects broken ones.</summary>
public sealed class SchemaTests
{
    private static readonly string Root = BatchReaderTests.RepositoryRoot();
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(Root, "schema", "rules.schema.json")));

    public static TheoryData<string> ShippedRulesFiles()
    {
        var files = new[] { "rules.yaml" }
            .Concat(Directory.GetFiles(Path.Combine(Root, "engine", "B2BRules.Engine", "Configuration", "Profiles"), "*.yaml"))
            .Concat(Directory.GetFiles(Path.Combine(Root, "tests"), "rules.yaml", SearchOption.AllDirectories))
            .Concat(Directory.GetFiles(Path.Combine(Root, "docs"), "*.yaml", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(Root, Path.Combine(Root, f)).Replace('\\', '/'))
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("broken", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        return [.. files];
    }

    [Theory]
    [MemberData(nameof(ShippedRulesFiles))]
    public void Shipped_rules_files_are_valid(string file)
    {
        var result = Validate(File.ReadAllText(Path.Combine(Root, file)));
        result.IsValid.ShouldBeTrue(Errors(result));
    }

    [Theory]
    [InlineData("entra")]
    [InlineData("preview-2016")]
    public void Init_starter_files_are_valid_and_load(string profile)
    {
        var text = Configuration.StarterRulesFile.Render(profile);
        var result = Validate(text);
        result.IsValid.ShouldBeTrue(Errors(result));
        var path = Path.Combine(Directory.CreateTempSubdirectory("b2brules-init-").FullName, "rules.yaml");
        File.WriteAllText(path, text);
        new Configuration.ConfigurationLoader().Load(path).Source.ShouldBe(path);
    }

    [Fact]
    public void The_embedded_schema_is_the_checked_in_one() =>
        Configuration.StarterRulesFile.Schema().ShouldBe(File.ReadAllText(Path.Combine(Root, "schema", "rules.schema.json")));

    [Theory]
    [InlineData("rulez: {}\n")]
    [InlineData("rules: { B2B0001: loud }\n")]
    [InlineData("rules: { B2B0001: { severity: error, options: { additionalDomain: [a.com] } } }\n")]
    [InlineData("policy: { maxRows: lots }\n")]
    [InlineData("policy: { mfa: { required: yes-please } }\n")]
    [InlineData("extends: 7\n")]
    [InlineData("rules: { X1: { title: T, message: m, severity: error, then: { domainInn: [a.com] } } }\n")]
    [InlineData("rules: { X1: { title: T, message: m, severity: error, then: { in: [a], notIn: [b] } } }\n")]
    [InlineData("rules: { X1: { title: T, message: m, severity: error } }\n")]
    [InlineData("rules: { X1: { title: T, message: m, severity: error, then: { maxLength: 0 } } }\n")]
    [InlineData("rules: { X1: { title: T, message: m, severity: error, then: { required: false } } }\n")]
    [InlineData("overrides: [ { rules: { B2B0109: off } } ]\n")]
    [InlineData("overrides: [ { files: ['*.csv'], rules: { X1: { title: T, message: m, severity: error, then: { required: true } } } } ]\n")]
    public void Broken_rules_files_are_rejected(string yaml) => Validate(yaml).IsValid.ShouldBeFalse();

    [Theory]
    [InlineData("tenant: contoso.snapshot.json\n")]
    [InlineData("policy: { tenant: { id: 11111111-2222-3333-4444-555555555555, maxAgeDays: 3 } }\n")]
    [InlineData("policy: { collaborationRestrictions: { allow: [fabrikam.com] } }\n")]
    [InlineData("policy: { inviter: { role: UserAdministrator, userType: Guest } }\n")]
    [InlineData("rules: { B2B0009: warning, B2B0012: { severity: error } }\n")]
    public void Tenant_keys_are_valid(string yaml)
    {
        var result = Validate(yaml);
        result.IsValid.ShouldBeTrue(Errors(result));
    }

    [Theory]
    [InlineData("policy: { collaborationRestrictions: { allow: [a.com], deny: [b.com] } }\n")]
    [InlineData("policy: { tenant: { maxAgeDays: -1 } }\n")]
    [InlineData("policy: { inviter: { userType: Partner } }\n")]
    [InlineData("tenant: 7\n")]
    public void Broken_tenant_keys_are_rejected(string yaml) => Validate(yaml).IsValid.ShouldBeFalse();

    [Fact]
    public void The_root_rules_yaml_points_editors_at_the_schema() =>
        File.ReadLines(Path.Combine(Root, "rules.yaml")).First().ShouldBe("# yaml-language-server: $schema=./schema/rules.schema.json");

    private static EvaluationResults Validate(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var json = ToJson(stream.Documents[0].RootNode);
        return Schema.Evaluate(System.Text.Json.JsonSerializer.SerializeToElement(json), new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Errors(EvaluationResults result) =>
        string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    /// <summary>YAML to JSON as an editor's YAML language server reads it: plain scalars typed, quoted ones strings.</summary>
    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(p => KeyValuePair.Create(((YamlScalarNode)p.Key).Value!, ToJson(p.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(ToJson)]),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" or "false" } b => JsonValue.Create(b.Value == "true"),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" } => null,
        YamlScalarNode { Style: ScalarStyle.Plain } n when long.TryParse(n.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) => JsonValue.Create(i),
        YamlScalarNode s => JsonValue.Create(s.Value),
        _ => throw new InvalidOperationException("Unexpected YAML node."),
    };
}
