using System.Globalization;
using B2BRules.Engine.PolicyTooling;

namespace B2BRules.Engine.Reporting;

/// <summary>Text for <c>b2brules test</c>: PASS or FAIL per fixture with what differed, and a closing count.</summary>
public static class FixtureTextWriter
{
    public static void Write(IReadOnlyList<FixtureResult> results, TextWriter text)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(text);
        foreach (var r in results)
        {
            text.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(r.Passed ? "PASS" : "FAIL")} {r.Name} ({r.Findings} finding{(r.Findings == 1 ? string.Empty : "s")})"));
            foreach (var p in r.Problems)
            {
                text.WriteLine($"  problem:    {p}");
            }

            foreach (var m in r.Missing)
            {
                text.WriteLine($"  missing:    {m}");
            }

            foreach (var u in r.Unexpected)
            {
                text.WriteLine($"  unexpected: {u}");
            }
        }

        var failed = results.Count(r => !r.Passed);
        text.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{results.Count} fixtures: {results.Count - failed} passed, {failed} failed"));
    }
}
