using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace B2BRules.Cli.Tests;

/// <summary>
/// What CI's build/try-as-a-new-user.sh exercises end to end, checked fast: the plugin template references the
/// packages this repository packs, in the versions it packs, and the tool reports the one version.
/// </summary>
public sealed class PackagingTests
{
    private static string ProjectVersion(string relativePath) =>
        XDocument.Load(Path.Combine(Repository.Root, relativePath)).Descendants("Version").Single().Value;

    private static Dictionary<string, string> PackageReferences(string relativePath) =>
        XDocument.Load(Path.Combine(Repository.Root, relativePath)).Descendants("PackageReference")
            .ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!);

    [Fact]
    public void The_plugin_template_references_the_packed_sdk_and_testing_versions()
    {
        var toolVersion = ProjectVersion("Directory.Build.props");
        PackageReferences("samples/Contoso.CustomRule/Contoso.CustomRule/Contoso.CustomRule.csproj")["B2BRules.Sdk"]
            .ShouldBe(ProjectVersion("engine/B2BRules.Sdk/B2BRules.Sdk.csproj"));
        PackageReferences("samples/Contoso.CustomRule/Contoso.CustomRule.Tests/Contoso.CustomRule.Tests.csproj")["B2BRules.Testing"].ShouldBe(toolVersion);
    }

    [Fact]
    public void The_template_tests_use_the_repository_test_stack_versions()
    {
        var central = XDocument.Load(Path.Combine(Repository.Root, "Directory.Packages.props")).Descendants("PackageVersion")
            .ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!);
        foreach (var (package, version) in PackageReferences("samples/Contoso.CustomRule/Contoso.CustomRule.Tests/Contoso.CustomRule.Tests.csproj").Where(p => !p.Key.StartsWith("B2BRules", StringComparison.Ordinal)))
        {
            version.ShouldBe(central[package], package);
        }
    }

    [Fact]
    public void Version_prints_the_package_version()
    {
        var (code, stdout, _) = Repository.RunCli(Repository.TempDirectory(), "--version");
        code.ShouldBe(0);
        stdout.Trim().ShouldBe(ProjectVersion("Directory.Build.props"));
        Regex.IsMatch(stdout.Trim(), @"^\d+\.\d+\.\d+$").ShouldBeTrue();
    }
}
