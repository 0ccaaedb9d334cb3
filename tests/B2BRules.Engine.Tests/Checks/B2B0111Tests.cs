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
        var raw = new Execution.BatchRunner().Run(Plugins.RuleCatalog.Create([], []), stream, "x.csv", "x.csv", configuration.ForFile("x.csv"), CancellationToken.None);
        var finding = raw.Diagnostics.Single(d => d.Id == B2B0111TextEncoding.Rule.Id);
        (finding.Location.StartLine, finding.Location.StartColumn, finding.Location.EndColumn).ShouldBe((2, 18, 26)); // "Ann D\uFFFDaz" is 8 UTF-16 units
    }

    [Fact]
    public void Valid_utf8_with_bom_and_curly_apostrophe_is_fine() =>
        RuleVerifier.VerifyEngine("\uFEFFEmail,DisplayName,InvitationText\nann@fabrikam.com,Ann,Hi! I hope you’ve been well.\n", "B2B0111");

    /// <summary>A NUL in the message passed silently: control characters are reported per cell, with the column.</summary>
    [Fact]
    public void Control_characters_in_other_cells_are_reported_with_their_column()
    {
        var found = RuleVerifier.VerifyEngine(
            "Email,DisplayName,InvitationText\n" +
            "ann@fabrikam.com,{|B2B0111:Ann\u0007 Lee|},{|B2B0111:Hello\u0000 Ann|}\n" +
            "bob@fabrikam.com,Bob,{|B2B0111:Bye\u007F|}\n", "B2B0111");
        found.Select(d => d.Message).ShouldBe(
        [
            "The displayName value 'Ann\u2407 Lee' holds the control character U+0007 (BEL); remove it",
            "The message value 'Hello\u2400 Ann' holds the control character U+0000 (NUL); remove it",
            "The message value 'Bye\u2421' holds the control character U+007F (DEL); remove it",
        ]);
        found.Select(d => d.Location.ColumnKey).ShouldBe(["displayName", "message", "message"]);
    }

    [Fact]
    public void Tab_and_line_breaks_in_a_quoted_cell_are_allowed() =>
        RuleVerifier.VerifyEngine("Email,DisplayName,InvitationText\nann@fabrikam.com,Ann,\"Dear Ann,\r\n\tsee you soon\nBob\"\n", "B2B0111");

    [Fact]
    public void The_email_cell_is_left_to_B2B0105() =>
        RuleVerifier.VerifyEngine("Email,DisplayName\n{|B2B0105:ann\u0000@fabrikam.com|},Ann\n", "B2B0105", "B2B0111");
}
