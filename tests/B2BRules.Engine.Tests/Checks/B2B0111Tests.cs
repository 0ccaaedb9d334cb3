using System.Text;
using B2BRules.Engine.Checks;
using B2BRules.Testing;

namespace B2BRules.Engine.Tests.Checks;

public sealed class B2B0111Tests
{
    [Fact]
    public void Latin1_bytes_are_reported_on_their_cell()
    {
        var bytes = Encoding.UTF8.GetBytes("Email,DisplayName\nann@fabrikam.com,Ann D").Concat(new byte[] { 0xED, (byte)'a', (byte)'z', (byte)'\n' }).ToArray();
        using var stream = new MemoryStream(bytes);
        var configuration = new Configuration.ConfigurationLoader().Load(null);
        var raw = new Execution.BatchRunner().Run(Execution.RuleCatalog.Create([], []), stream, "x.csv", "x.csv", configuration.ForFile("x.csv"), CancellationToken.None);
        var finding = raw.Diagnostics.Single(d => d.Id == B2B0111TextEncoding.Rule.Id);
        (finding.Location.StartLine, finding.Location.StartColumn, finding.Location.EndColumn).ShouldBe((2, 18, 26)); // "Ann D\uFFFDaz" is 8 UTF-16 units
    }

    [Fact]
    public void Valid_utf8_with_bom_and_curly_apostrophe_is_fine() =>
        RuleVerifier.VerifyEngine("\uFEFFEmail,DisplayName,InvitationText\nann@fabrikam.com,Ann,Hi! I hope you’ve been well.\n", "B2B0111");
}
