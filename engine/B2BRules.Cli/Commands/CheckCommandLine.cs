using System.Globalization;

namespace B2BRules.Cli.Commands;

/// <summary>
/// The direct path for <c>b2brules check</c>: reads a plain check command line into the <see cref="CheckSettings"/> that
/// Spectre.Console.Cli would bind, without building Spectre's command model by reflection (docs/performance.md). It
/// takes only what it is sure of: <c>--name value</c>, <c>--name=value</c>, a short name with its value, flags, and
/// batch paths. Anything else — help, a name it does not know, a repeated single option, a value that looks like an
/// option, a number in another form, settings that fail validation — returns null, and Spectre parses the command line
/// as before, with its help and its error messages. CheckCommandLineTests keep this table equal to CheckSettings'
/// options and the two parsers' results equal.
/// </summary>
public static class CheckCommandLine
{
    /// <summary>What an option takes.</summary>
    public enum Arity
    {
        /// <summary>No value: present or not.</summary>
        Flag,

        /// <summary>One value, at most once.</summary>
        Once,

        /// <summary>One value each time; repeatable.</summary>
        Repeatable,
    }

    /// <summary>Every option of <see cref="CheckSettings"/> and its bases, by every name Spectre accepts for it.</summary>
    public static IReadOnlyDictionary<string, (string Option, Arity Arity)> Options { get; } = BuildOptions();

    private static Dictionary<string, (string, Arity)> BuildOptions()
    {
        (string[] Names, Arity Arity)[] options =
        [
            (["--rules"], Arity.Once),
            (["--source-root"], Arity.Once),
            (["--suppressions"], Arity.Once),
            (["--fail-on"], Arity.Once),
            (["--tenant"], Arity.Once),
            (["--inviter-role"], Arity.Once),
            (["--inviter-type"], Arity.Once),
            (["-f", "--format"], Arity.Once),
            (["-o", "--output"], Arity.Repeatable),
            (["--route"], Arity.Once),
            (["--severity"], Arity.Repeatable),
            (["--baseline"], Arity.Once),
            (["--fail-on-new"], Arity.Flag),
            (["--max-warnings"], Arity.Once),
            (["--no-snippets"], Arity.Flag),
            (["--redact"], Arity.Flag),
            (["--sarif-omit-suppressed"], Arity.Flag),
            (["--sarif-max-results"], Arity.Once),
            (["--rule-timeout"], Arity.Once),
            (["--no-summary"], Arity.Flag),
            (["-q", "--quiet"], Arity.Flag),
        ];
        return options.SelectMany(o => o.Names.Select(name => (name, o.Names[^1], o.Arity)))
            .ToDictionary(o => o.name, o => (o.Item2, o.Arity), StringComparer.Ordinal);
    }

    /// <summary>The settings of <c>check ARGS…</c>, or null when Spectre should parse the command line.</summary>
    public static CheckSettings? TryParse(IReadOnlyList<string> args)
    {
        if (args.Count < 2 || args[0] != "check")
        {
            return null;
        }

        var inputs = new List<string>();
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 1; i < args.Count; i++)
        {
            var token = args[i];
            if (!token.StartsWith('-'))
            {
                inputs.Add(token);
                continue;
            }

            var equals = token.StartsWith("--", StringComparison.Ordinal) ? token.IndexOf('=', StringComparison.Ordinal) : -1;
            var name = equals > 0 ? token[..equals] : token;
            if (!Options.TryGetValue(name, out var option))
            {
                return null; // help, an unknown name, "-", "--", bundled short flags, "--name:value": Spectre's to judge
            }

            var seen = values.TryGetValue(option.Option, out var list);
            list ??= values[option.Option] = [];
            if (option.Arity == Arity.Flag)
            {
                // "--quiet true" and "--quiet=false" are Spectre's to read.
                if (equals > 0 || seen || (i + 1 < args.Count && bool.TryParse(args[i + 1], out _)))
                {
                    return null;
                }

                list.Add("true");
                continue;
            }

            string value;
            if (equals > 0)
            {
                value = token[(equals + 1)..];
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith('-'))
            {
                value = args[++i];
            }
            else
            {
                return null; // no value, or one that looks like an option
            }

            if (option.Arity == Arity.Once && seen)
            {
                return null;
            }

            list.Add(value);
        }

        string? One(string option) => values.TryGetValue(option, out var list) ? list[0] : null;
        string[] All(string option) => values.TryGetValue(option, out var list) ? [.. list] : [];
        bool Flag(string option) => values.ContainsKey(option);

        if (!TryNumber(One("--max-warnings"), out var maxWarnings) || !TryNumber(One("--sarif-max-results"), out var maxResults)
            || !TrySeconds(One("--rule-timeout"), out var timeout))
        {
            return null;
        }

        var settings = new CheckSettings
        {
            Inputs = [.. inputs],
            Rules = One("--rules"),
            SourceRoot = One("--source-root"),
            Suppressions = One("--suppressions"),
            FailOn = One("--fail-on") ?? "error",
            Tenant = One("--tenant"),
            InviterRole = One("--inviter-role"),
            InviterType = One("--inviter-type"),
            Format = One("--format") ?? "text",
            Outputs = All("--output"),
            Route = One("--route") ?? "upload",
            Severities = All("--severity"),
            Baseline = One("--baseline"),
            OnlyNewFindingsFail = Flag("--fail-on-new"),
            MaxWarnings = maxWarnings,
            NoSnippets = Flag("--no-snippets"),
            Redact = Flag("--redact"),
            SarifOmitSuppressed = Flag("--sarif-omit-suppressed"),
            SarifMaxResults = maxResults,
            RuleTimeoutSeconds = timeout,
            NoSummary = Flag("--no-summary"),
            Quiet = Flag("--quiet"),
        };
        return settings.Validate().Successful ? settings : null;
    }

    // Plain digits only: any other form of number is Spectre's to convert or to refuse.
    private static bool TryNumber(string? text, out int? number)
    {
        number = null;
        if (text is null)
        {
            return true;
        }

        if (text.Length is > 0 and < 10 && text.All(char.IsAsciiDigit))
        {
            number = int.Parse(text, CultureInfo.InvariantCulture);
            return true;
        }

        return false;
    }

    private static bool TrySeconds(string? text, out double? seconds)
    {
        seconds = null;
        if (text is null)
        {
            return true;
        }

        var parts = text.Split('.');
        if (parts.Length <= 2 && parts.All(p => p.Length is > 0 and < 10 && p.All(char.IsAsciiDigit)))
        {
            seconds = double.Parse(text, CultureInfo.InvariantCulture);
            return true;
        }

        return false;
    }
}
