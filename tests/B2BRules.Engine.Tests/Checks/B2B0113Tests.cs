using B2BRules.Testing;

namespace B2BRules.Engine.Tests.Checks;

public sealed class B2B0113Tests
{
    [Fact]
    public void Formula_like_cells_are_reported() =>
        RuleVerifier.VerifyEngine(EntraTemplate.Header + "\nann@fabrikam.com,https://a.example,true,{|B2B0113:\"=HYPERLINK(\"\"x\"\")\"|}\nbob@fabrikam.com,https://a.example,true,{|B2B0113:@SUM(A1)|}\n", "B2B0113");

    [Fact]
    public void Ordinary_text_is_not_reported() =>
        RuleVerifier.VerifyEngine(EntraTemplate.Header + "\nann@fabrikam.com,https://a.example,true,Welcome - see you soon\n", "B2B0113");
}
