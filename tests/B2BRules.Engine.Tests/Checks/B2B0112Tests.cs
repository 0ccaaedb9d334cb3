using B2BRules.Testing;

namespace B2BRules.Engine.Tests.Checks;

public sealed class B2B0112Tests
{
    [Fact]
    public void Blank_lines_and_rows_of_empty_cells_are_reported() =>
        RuleVerifier.VerifyEngine(EntraTemplate.Header + "\nann@fabrikam.com,https://a.example,true,hi\n{|B2B0112:|}\n{|B2B0112:,,,|}\nbob@fabrikam.com,https://a.example,true,hi\n", "B2B0112", "B2B0104");
}
