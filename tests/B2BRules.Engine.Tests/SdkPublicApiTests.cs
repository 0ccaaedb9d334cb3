using System.Reflection;
using System.Text;
using B2BRules.Sdk;

namespace B2BRules.Engine.Tests;

/// <summary>
/// Third-party plugins compile against B2BRules.Sdk, so its public surface is tracked: any change shows up as a diff
/// of engine/B2BRules.Sdk/PublicAPI.approved.txt (B2BRULES_ACCEPT=1 rewrites it after review).
/// </summary>
public sealed class SdkPublicApiTests
{
    [Fact]
    public void Public_api_matches_the_approved_file()
    {
        var approvedPath = Path.Combine(BatchReaderTests.RepositoryRoot(), "engine", "B2BRules.Sdk", "PublicAPI.approved.txt");
        var actual = Describe(typeof(InvitationRule).Assembly);
        if (Environment.GetEnvironmentVariable("B2BRULES_ACCEPT") == "1")
        {
            File.WriteAllText(approvedPath, actual);
        }

        actual.ShouldBe(File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "(no approved file)");
    }

    [Fact]
    public void Sdk_assembly_version_is_major_only() =>
        typeof(InvitationRule).Assembly.GetName().Version.ShouldBe(new Version(1, 0, 0, 0));

    [Fact]
    public void Sdk_depends_on_the_bcl_only() =>
        typeof(InvitationRule).Assembly.GetReferencedAssemblies().Select(a => a.Name)
            .ShouldAllBe(name => name!.StartsWith("System", StringComparison.Ordinal) || name == "netstandard");

    private static string Describe(Assembly assembly)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var text = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var kind = type.IsEnum ? "enum" : type.IsValueType ? "struct" : type.IsInterface ? "interface" : type.IsAbstract && type.IsSealed ? "static class" : type.IsAbstract ? "abstract class" : type.IsSealed ? "sealed class" : "class";
            text.Append(kind).Append(' ').Append(type.FullName);
            if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && baseType != typeof(Enum))
            {
                text.Append(" : ").Append(baseType.Name);
            }

            text.Append('\n');
            var members = type.IsEnum
                ? Enum.GetNames(type).Select(n => "  " + n)
                : type.GetMembers(flags).Concat(type.GetMembers(BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                        .Where(m => m is MethodBase { IsFamily: true } or PropertyInfo { GetMethod.IsFamily: true }))
                    .Where(m => m is not MethodInfo { IsSpecialName: true } && !m.Name.StartsWith('<'))
                    .Select(m => "  " + m.MemberType.ToString().ToLowerInvariant() + " " + m);
            foreach (var member in members.Distinct().Order(StringComparer.Ordinal))
            {
                text.Append(member).Append('\n');
            }
        }

        return text.ToString();
    }
}
