using B2BRules.Testing;

namespace B2BRules.Engine.Tests.Checks;

public sealed class B2B0109Tests
{
    [Fact]
    public void Each_padded_cell_is_reported() =>
        RuleVerifier.VerifyEngine(EntraTemplate.Header + "\nann@fabrikam.com,{|B2B0109: https://myapps.microsoft.com|},{|B2B0109: TRUE|},{|B2B0109:\"Welcome \"|}\n", "B2B0109");

    [Fact]
    public void Off_in_an_override_silences_it() =>
        RuleVerifier.VerifyEngineWithRules(EntraTemplate.Header + "\nann@fabrikam.com, https://myapps.microsoft.com,true,hi\n",
            "overrides:\n  - files: [\"*.csv\"]\n    rules: { B2B0109: off }\n", "B2B0109");
}
