namespace B2BRules.Cli.Tests;

public sealed class InitTests
{
    [Fact]
    public void Init_writes_the_starter_and_schema_and_never_overwrites_without_force()
    {
        var dir = Repository.TempDirectory();
        var (code, stdout, _) = Repository.RunCli(dir, "init", "--profile", "preview-2016");
        code.ShouldBe(0, stdout);
        File.ReadAllText(Path.Combine(dir, "rules.yaml")).ShouldContain("extends: builtin:preview-2016");
        File.ReadAllText(Path.Combine(dir, "rules.schema.json")).ShouldContain("\"title\": \"B2BRules rules.yaml\"");

        File.WriteAllText(Path.Combine(dir, "rules.yaml"), "# mine\n");
        var (again, _, stderr) = Repository.RunCli(dir, "init");
        again.ShouldBe(2);
        stderr.ShouldContain("rules.yaml already exists; pass --force");
        File.ReadAllText(Path.Combine(dir, "rules.yaml")).ShouldBe("# mine\n");

        Repository.RunCli(dir, "init", "--force").ExitCode.ShouldBe(0);
        File.ReadAllText(Path.Combine(dir, "rules.yaml")).ShouldContain("extends: builtin:entra");
    }

    [Fact]
    public void The_starter_file_drives_a_check_and_lists_its_rules()
    {
        var dir = Repository.TempDirectory();
        Repository.RunCli(dir, "init").ExitCode.ShouldBe(0);
        var (code, stdout, _) = Repository.RunCli(dir, "rules", "list");
        code.ShouldBe(0);
        stdout.ShouldContain("B2B0001  note      Invitee uses a consumer email domain");
    }
}
