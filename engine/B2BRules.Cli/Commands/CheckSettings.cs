using System.ComponentModel;
using B2BRules.Engine.Checking;
using B2BRules.Engine.Configuration;
using Spectre.Console;
using Spectre.Console.Cli;

namespace B2BRules.Cli.Commands;

/// <summary>The options of <c>b2brules check</c>.</summary>
public sealed class CheckSettings : JudgingSettings
{
    public static readonly string[] Formats = ["text", "sarif", "github", "json", "junit", "html"];

    [CommandOption("-f|--format <FORMAT>")]
    [Description("Report format: text, sarif, github, json, junit or html.")]
    [DefaultValue("text")]
    public string Format { get; init; } = "text";

    [CommandOption("-o|--output <OUTPUT>")]
    [Description("Write a report to a file instead of stdout: FILE (in --format) or FORMAT=FILE; repeatable.")]
    public string[] Outputs { get; init; } = [];

    [CommandOption("--route <ROUTE>")]
    [Description("How the batches will reach the service: upload (the admin center's bulk invite, the default) or graph. B2B0005 judges the inviter for it.")]
    [DefaultValue("upload")]
    public string Route { get; init; } = "upload";

    [CommandOption("--severity <ID=LEVEL>")]
    [Description("Change one rule's severity for this run (error, warning, note, hidden or off); repeatable. Applied after every rules file and override.")]
    public string[] Severities { get; init; } = [];

    [CommandOption("--baseline <FILE>")]
    [Description("A baseline SARIF log (b2brules baseline create): results are marked new, unchanged, updated or absent.")]
    public string? Baseline { get; init; }

    [CommandOption("--fail-on-new")]
    [Description("With --baseline: only new findings count for the exit code.")]
    public bool OnlyNewFindingsFail { get; init; }

    [CommandOption("--max-warnings <N>")]
    [Description("Exit 1 when there are more than N warnings (after suppressions), as ESLint's option does.")]
    public int? MaxWarnings { get; init; }

    [CommandOption("--no-snippets")]
    [Description("Leave cell text out of SARIF: batches hold personal data.")]
    public bool NoSnippets { get; init; }

    [CommandOption("--redact")]
    [Description("Replace every email address with a stable hash (email:<hash>) in every output.")]
    public bool Redact { get; init; }

    [CommandOption("--sarif-omit-suppressed")]
    [Description("Leave suppressed results out of SARIF (GitHub ignores suppressions and would open alerts for them).")]
    public bool SarifOmitSuppressed { get; init; }

    [CommandOption("--sarif-max-results <N>")]
    [Description("Cap the SARIF log at N results (GitHub keeps 5,000 per run); the log says so (B2B9012).")]
    public int? SarifMaxResults { get; init; }

    [CommandOption("--rule-timeout <SECONDS>")]
    [Description("How long one rule call may take before the rule is abandoned and quarantined (B2B9004, exit 3). Default: 5.")]
    public double? RuleTimeoutSeconds { get; init; }

    [CommandOption("--no-summary")]
    [Description("No Markdown job summary, which check otherwise writes on GitHub Actions (GITHUB_STEP_SUMMARY) and Azure Pipelines (TF_BUILD).")]
    public bool NoSummary { get; init; }

    [CommandOption("-q|--quiet")]
    [Description("No human report and no progress on the console: only the --output files (or machine format on stdout), errors and the exit code.")]
    public bool Quiet { get; init; }

    /// <summary>Each report to write: its format and its file (null is stdout).</summary>
    public IReadOnlyList<(string Format, string? File)> Destinations =>
        Outputs.Length == 0
            ? [(Format.ToLowerInvariant(), null)]
            : [.. Outputs.Select(o => o.IndexOf('=', StringComparison.Ordinal) is var eq and > 0 && Formats.Contains(o[..eq].ToLowerInvariant())
                ? (o[..eq].ToLowerInvariant(), (string?)o[(eq + 1)..])
                : (Format.ToLowerInvariant(), o))];

    public Engine.Reporting.ReportOptions ReportOptions => new()
    {
        Snippets = !NoSnippets,
        Redact = Redact,
        OmitSuppressed = SarifOmitSuppressed,
        MaxResults = SarifMaxResults,
        FailOn = FailOnLevel,
    };

    public CheckRequest Request => new(Inputs, Rules, SourceRoot, InviterRole, Severities, Suppressions, Baseline,
        RuleTimeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null, TenantPath: Tenant, InviterType: InviterType,
        Route: Route.Equals("graph", StringComparison.OrdinalIgnoreCase) ? Sdk.InvitationRoute.Graph : Sdk.InvitationRoute.Upload);

    protected override string NoInputs => "Name at least one CSV batch, directory or glob to check.";

    public override ValidationResult Validate()
    {
        if (base.Validate() is { Successful: false } shared)
        {
            return shared;
        }

        if (!Formats.Contains(Format.ToLowerInvariant()))
        {
            return ValidationResult.Error($"--format '{Format}' is not one of: {string.Join(", ", Formats)}.");
        }

        if (Destinations.FirstOrDefault(d => string.IsNullOrWhiteSpace(d.File) && Outputs.Length > 0) is { Format: not null } bad)
        {
            return ValidationResult.Error($"--output for {bad.Format} names no file.");
        }

        if (Route.ToLowerInvariant() is not ("upload" or "graph"))
        {
            return ValidationResult.Error($"--route '{Route}' is not one of: upload, graph.");
        }

        if (OnlyNewFindingsFail && Baseline is null)
        {
            return ValidationResult.Error("--fail-on-new needs --baseline FILE.");
        }

        if (RuleTimeoutSeconds is <= 0 or > 3600)
        {
            return ValidationResult.Error("--rule-timeout takes a number of seconds above 0 (at most 3600).");
        }

        if (MaxWarnings is < 0 || SarifMaxResults is < 1)
        {
            return ValidationResult.Error("--max-warnings takes 0 or more, --sarif-max-results 1 or more.");
        }

        foreach (var severity in Severities)
        {
            try
            {
                RuleSetting.FromCommandLine(severity);
            }
            catch (ConfigurationException e)
            {
                return ValidationResult.Error(e.Message);
            }
        }

        return ValidationResult.Success();
    }
}
