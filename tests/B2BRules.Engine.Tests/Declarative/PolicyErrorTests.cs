using B2BRules.Engine.Configuration;

namespace B2BRules.Engine.Tests.Declarative;

/// <summary>Every mistake in a declarative rule stops the run with the file, line and column (and a suggestion where one fits).</summary>
public sealed class PolicyErrorTests
{
    private static ConfigurationException Error(string yaml)
    {
        var directory = Directory.CreateTempSubdirectory("b2brules-policy-");
        var path = Path.Combine(directory.FullName, "rules.yaml");
        File.WriteAllText(path, yaml);
        return Should.Throw<ConfigurationException>(() => new ConfigurationLoader().Load(path));
    }

    private const string Head = "rules:\n  TEST1001:\n    title: T\n    message: m\n    severity: error\n";

    [Theory]
    [InlineData(Head + "    then: { domainInn: [a.com] }\n", 6, 13, "'domainInn' is not a function (did you mean domainIn?)")]
    [InlineData(Head + "    then: { in: [a], notIn: [b] }\n", 6, 22, "holds both 'in' and 'notIn'")]
    [InlineData(Head + "    then: { field: email }\n", 6, 11, "names no function")]
    [InlineData(Head + "    then: { pattern: '(' }\n", 6, 22, "is not a valid regular expression")]
    [InlineData(Head + "    then: { required: false }\n", 6, 23, "'required' takes true")]
    [InlineData(Head + "    then: { maxLength: -1 }\n", 6, 24, "'maxLength' takes a whole number above 0")]
    [InlineData(Head + "    then: { allOf: { in: [a] } }\n", 6, 20, "'allOf' takes a list of conditions")]
    [InlineData(Head + "    then: { in: [] }\n", 6, 17, "'in' needs at least one value")]
    [InlineData(Head + "    then: [ in ]\n", 6, 11, "'then' takes a mapping")]
    [InlineData(Head + "    then: { not: { requird: true } }\n", 6, 20, "'requird' is not a function (did you mean required?)")]
    [InlineData(Head + "    tilte: x\n    then: { required: true }\n", 6, 5, "'tilte' is not a key of declarative rule 'TEST1001' (did you mean title?)")]
    [InlineData("rules:\n  TEST1001:\n    title: T\n    message: m\n    then: { required: true }\n", 2, 3, "needs 'severity'")]
    [InlineData("rules:\n  TEST1001:\n    message: m\n    severity: error\n    then: { required: true }\n", 2, 3, "needs 'title'")]
    [InlineData("rules:\n  TEST1001:\n    title: T\n    message: m\n    severity: error\n", 2, 3, "needs 'then'")]
    [InlineData("rules:\n  TEST1001:\n    title: T\n    message: 'x {email'\n    severity: error\n    then: { required: true }\n", 4, 14, "opens no placeholder")]
    [InlineData("rules:\n  TEST1001:\n    title: T\n    message: m\n    severity: loud\n    then: { required: true }\n", 5, 15, "'loud' is not a severity")]
    [InlineData("rules:\n  TEST1001:\n    title: T\n    message: ''\n    severity: error\n    then: { required: true }\n", 4, 14, "'message' of declarative rule 'TEST1001' is empty")]
    [InlineData("rules:\n  TEST1001:\n    title: '  '\n    message: m\n    severity: error\n    then: { required: true }\n", 3, 12, "'title' of declarative rule 'TEST1001' is empty")]
    [InlineData("rules:\n  B2B0150:\n    title: T\n    message: m\n    severity: error\n    then: { required: true }\n", 2, 3, "is reserved for B2BRules' own rules")]
    [InlineData("rules:\n  9lives:\n    title: T\n    message: m\n    severity: error\n    then: { required: true }\n", 2, 3, "is not a rule ID")]
    [InlineData("overrides:\n  - files: ['*.csv']\n    rules:\n      TEST1001: { title: T, message: m, severity: error, then: { required: true } }\n", 4, 7, "is defined inside an override")]
    [InlineData("rules:\n  B2B0001: { severity: error, optoins: {} }\n", 2, 31, "'optoins' is not a key of rule 'B2B0001' (did you mean options?)")]
    public void Mistakes_name_file_line_and_column(string yaml, int line, int column, string message)
    {
        var error = Error(yaml);
        error.Message.ShouldContain(message);
        error.Where.ShouldNotBeNull();
        (error.Where.StartLine, error.Where.StartColumn).ShouldBe((line, column), error.Message);
        error.Describe().ShouldStartWith(error.Where.FilePath + $"({line},{column}): ");
    }

    [Fact]
    public void A_rule_defined_twice_across_extends_names_both_places()
    {
        var directory = Directory.CreateTempSubdirectory("b2brules-policy-");
        const string rule = "rules:\n  TEST1001: { title: T, message: m, severity: error, then: { required: true } }\n";
        File.WriteAllText(Path.Combine(directory.FullName, "team.yaml"), rule);
        var path = Path.Combine(directory.FullName, "rules.yaml");
        File.WriteAllText(path, "extends: [builtin:entra, ./team.yaml]\n" + rule);
        var error = Should.Throw<ConfigurationException>(() => new ConfigurationLoader().Load(path));
        error.Message.ShouldContain("is already defined at");
        error.Message.ShouldContain("team.yaml(2,3)");
        error.Where!.StartLine.ShouldBe(3);
    }

    [Fact]
    public void B2B_ids_in_the_policy_range_are_allowed()
    {
        var directory = Directory.CreateTempSubdirectory("b2brules-policy-");
        var path = Path.Combine(directory.FullName, "rules.yaml");
        File.WriteAllText(path, "rules:\n  B2B1001: { title: T, message: m, severity: note, then: { required: true } }\n");
        new ConfigurationLoader().Load(path).Declarative.Single().Rules.Single().Descriptor.Id.ShouldBe("B2B1001");
    }
}
