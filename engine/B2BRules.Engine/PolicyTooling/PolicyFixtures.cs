using System.Globalization;
using B2BRules.Engine.Checking;
using B2BRules.Engine.Plugins;

namespace B2BRules.Engine.PolicyTooling;

/// <summary>
/// Rule tests for policy authors (<c>b2brules test DIR</c>): each fixture folder holds <c>input.csv</c>, optionally
/// <c>rules.yaml</c>, and <c>expected.txt</c> with one expected finding per line (<c>LINE[:COLUMN] RULEID</c>, '#'
/// comments). A fixture passes when the findings of the rules it is about — the declarative rules of its rules file and
/// every ID named in expected.txt — are exactly the expected ones.
/// </summary>
public sealed class PolicyFixtures(CheckService checkService)
{
    public const string InputFile = "input.csv";
    public const string ExpectedFile = "expected.txt";
    public const string RulesFile = "rules.yaml";

    /// <summary>The fixture folders under a directory (or the directory itself), in sorted order.</summary>
    public static IReadOnlyList<string> Discover(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new UsageException($"The fixture directory '{directory}' does not exist.");
        }

        var folders = File.Exists(Path.Combine(directory, InputFile))
            ? [Path.GetFullPath(directory)]
            : Directory.EnumerateFiles(directory, InputFile, SearchOption.AllDirectories)
                .Select(f => Path.GetDirectoryName(Path.GetFullPath(f))!)
                .Order(StringComparer.Ordinal)
                .ToList();
        return folders.Count > 0 ? folders : throw new UsageException($"No fixture under '{directory}': a fixture is a folder with {InputFile} and {ExpectedFile}.");
    }

    /// <summary>Runs one fixture folder; <paramref name="rulesPath"/> serves fixtures without their own rules.yaml.</summary>
    public FixtureResult Run(string folder, string? rulesPath = null)
    {
        var name = Path.GetFileName(folder);
        var problems = new List<string>();
        var expected = ReadExpected(Path.Combine(folder, ExpectedFile), problems);
        var ownRules = Path.Combine(folder, RulesFile);
        var rules = File.Exists(ownRules) ? ownRules : rulesPath;
        if (rules is null)
        {
            problems.Add($"no {RulesFile} in the fixture and no --rules given");
            return new FixtureResult(name, [], [], problems, 0);
        }

        var report = checkService.Run(new CheckRequest([Path.Combine(folder, InputFile)], rules, folder));
        problems.AddRange(report.AllNotifications.Where(n => n.IsConfigurationError || n.IsToolFailure).Select(n => $"{n.Descriptor.Id}: {n.Message}"));
        var ids = report.Catalog.Components.Where(c => c.Kind == ComponentKind.Yaml).SelectMany(c => c.Descriptors).Select(d => d.Id)
            .Concat(expected.Select(e => e.RuleId))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var actual = report.AllDiagnostics.Where(d => ids.Contains(d.Id)).ToList();
        var unmatched = actual.ToList();
        var missing = new List<FixtureExpectation>();
        foreach (var e in expected)
        {
            var match = unmatched.FirstOrDefault(d => string.Equals(d.Id, e.RuleId, StringComparison.OrdinalIgnoreCase)
                && d.Location.StartLine == e.Line && (e.Column is null || d.Location.StartColumn == e.Column));
            if (match is null)
            {
                missing.Add(e);
            }
            else
            {
                unmatched.Remove(match);
            }
        }

        var unexpected = unmatched.Select(d => string.Create(CultureInfo.InvariantCulture,
            $"{d.Location.StartLine}:{d.Location.StartColumn} {d.Id}  {d.Message}")).ToList();
        return new FixtureResult(name, [.. missing.Select(m => m.ToString())], unexpected, problems, actual.Count);
    }

    private static List<FixtureExpectation> ReadExpected(string path, List<string> problems)
    {
        var expected = new List<FixtureExpectation>();
        if (!File.Exists(path))
        {
            problems.Add($"{ExpectedFile} is missing (an empty one says: no findings)");
            return expected;
        }

        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = (raw.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (FixtureExpectation.TryParse(line, out var expectation))
            {
                expected.Add(expectation);
            }
            else
            {
                problems.Add($"{ExpectedFile}({number}): '{line}' is not 'LINE[:COLUMN] RULEID'");
            }
        }

        return expected;
    }
}

/// <summary>One expected finding: physical line, optional column, rule ID.</summary>
public sealed record FixtureExpectation(int Line, int? Column, string RuleId)
{
    public static bool TryParse(string text, out FixtureExpectation expectation)
    {
        expectation = new FixtureExpectation(0, null, string.Empty);
        var parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2)
        {
            return false;
        }

        var place = parts[0].Split(':');
        int? column = null;
        if (!int.TryParse(place[0], NumberStyles.None, CultureInfo.InvariantCulture, out var line) || line < 1 || place.Length > 2)
        {
            return false;
        }

        if (place.Length == 2)
        {
            if (!int.TryParse(place[1], NumberStyles.None, CultureInfo.InvariantCulture, out var c) || c < 1)
            {
                return false;
            }

            column = c;
        }

        expectation = new FixtureExpectation(line, column, parts[1]);
        return true;
    }

    public override string ToString() => Column is { } c ? $"{Line}:{c} {RuleId}" : $"{Line} {RuleId}";
}

/// <summary>The outcome of one fixture.</summary>
public sealed record FixtureResult(string Name, IReadOnlyList<string> Missing, IReadOnlyList<string> Unexpected, IReadOnlyList<string> Problems, int Findings)
{
    public bool Passed => Missing.Count == 0 && Unexpected.Count == 0 && Problems.Count == 0;
}
