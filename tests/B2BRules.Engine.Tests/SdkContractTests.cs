using B2BRules.Sdk;

namespace B2BRules.Engine.Tests;

/// <summary>
/// Third-party plugins bind to B2BRules.Sdk: its version and dependencies are part of the contract. Its public surface is
/// tracked by PublicApiAnalyzers at build time (engine/B2BRules.Sdk/PublicAPI.Shipped.txt and .Unshipped.txt).
/// </summary>
public sealed class SdkContractTests
{
    [Fact]
    public void Sdk_assembly_version_is_major_only() =>
        typeof(InvitationRule).Assembly.GetName().Version.ShouldBe(new Version(1, 0, 0, 0));

    [Fact]
    public void Sdk_depends_on_the_bcl_only() =>
        typeof(InvitationRule).Assembly.GetReferencedAssemblies().Select(a => a.Name)
            .ShouldAllBe(name => name!.StartsWith("System", StringComparison.Ordinal) || name == "netstandard");
}
