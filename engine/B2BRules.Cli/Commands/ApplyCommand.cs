using System.ComponentModel;
using B2BRules.Engine.Adapters;
using B2BRules.Engine.Checking;
using Spectre.Console;
using Spectre.Console.Cli;

namespace B2BRules.Cli.Commands;

/// <summary>The options of <c>b2brules apply</c>.</summary>
public sealed class ApplySettings : JudgingSettings
{
    [CommandOption("--adapter <NAME>")]
    [Description("The adapter: entra-csv (upload-ready files), or one a plugin supplies.")]
    public string Adapter { get; init; } = string.Empty;

    [CommandOption("--from-sarif <FILE>")]
    [Description("Act on the findings of an earlier check's SARIF log instead of checking again (refused if it was capped, redacted, written without suppressed results, or the batch changed).")]
    public string? FromSarif { get; init; }

    [CommandOption("--dry-run")]
    [Description("Print the plan (rows to send, hold and skip, and why) and stop.")]
    public bool DryRun { get; init; }

    [CommandOption("--out-dir <DIR>")]
    [Description("Where adapters write files. Default: each batch's folder.")]
    public string? OutputDirectory { get; init; }

    [CommandOption("--setting <KEY=VALUE>")]
    [Description("An adapter setting, e.g. redirectUrl=https://myapps.microsoft.com for entra-csv; repeatable.")]
    public string[] Settings { get; init; } = [];

    [CommandOption("--graph-endpoint <URL>")]
    [Description("graph: the Microsoft Graph endpoint. Default: https://graph.microsoft.com/v1.0.")]
    public string? GraphEndpoint { get; init; }

    [CommandOption("--journal <FILE>")]
    [Description("graph: the SQLite journal that makes sends exactly-once. Default: under the user's local application data.")]
    public string? Journal { get; init; }

    [CommandOption("--rate <N>")]
    [Description("graph: invitations per minute (N or N/min). Default: 10, since tenants were blocked after about a dozen rapid invitations.")]
    public string? Rate { get; init; }

    [CommandOption("--resend")]
    [Description("Send rows whose invitee is already a guest (B2B0009; a pending guest gets the invitation again) instead of holding them.")]
    public bool Resend { get; init; }

    public CheckRequest Request => new(Inputs, Rules, SourceRoot, InviterRole, SuppressionsPath: Suppressions, TenantPath: Tenant, InviterType: InviterType);

    public Dictionary<string, string> AdapterSettings
    {
        get
        {
            var settings = Settings.Select(s => s.Split('=', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
            void Set(string key, string? value)
            {
                if (value is not null)
                {
                    settings[key] = value;
                }
            }

            Set("graphEndpoint", GraphEndpoint);
            Set("journal", Journal is null ? null : Path.GetFullPath(Journal));
            Set("rate", Rate?.Replace("/min", string.Empty, StringComparison.OrdinalIgnoreCase).Trim());
            return settings;
        }
    }

    protected override string NoInputs => "Name the adapter (--adapter NAME) and at least one batch.";

    public override ValidationResult Validate()
    {
        if (base.Validate() is { Successful: false } shared)
        {
            return shared;
        }

        if (string.IsNullOrWhiteSpace(Adapter))
        {
            return ValidationResult.Error(NoInputs);
        }

        if (Rate is not null && (!double.TryParse(Rate.Replace("/min", string.Empty, StringComparison.OrdinalIgnoreCase), System.Globalization.NumberStyles.Float,
                System.Globalization.CultureInfo.InvariantCulture, out var rate) || rate <= 0))
        {
            return ValidationResult.Error($"--rate '{Rate}' is not a number of invitations per minute above 0.");
        }

        if (GraphEndpoint is not null && !Uri.TryCreate(GraphEndpoint, UriKind.Absolute, out _))
        {
            return ValidationResult.Error($"--graph-endpoint '{GraphEndpoint}' is not an absolute URL.");
        }

        return Settings.FirstOrDefault(s => !s.Contains('=', StringComparison.Ordinal) || s.StartsWith('=')) is { } bad
            ? ValidationResult.Error($"--setting '{bad}' is not KEY=VALUE.")
            : ValidationResult.Success();
    }
}

/// <summary><c>b2brules apply --adapter NAME</c>: check, plan, and act on the plan. Exit 4 when an adapter stopped early.</summary>
public sealed class ApplyCommand(ApplyService apply) : AsyncCommand<ApplySettings>
{
    public const string Description =
        "Check batches, then let an adapter act on the findings: rows with errors are skipped, rows with warnings held\n" +
        "(policy.adapters.onWarning), batch-scoped errors refuse the batch. Exit codes as for check, plus 4 when the\n" +
        "adapter stopped before finishing (the same command resumes).";

    public override async Task<int> ExecuteAsync(CommandContext context, ApplySettings settings, CancellationToken cancellationToken)
    {
        var interactive = AnsiConsole.Profile.Capabilities.Interactive && !Console.IsOutputRedirected;
        ApplyReport? report = null;
        if (interactive)
        {
            // A progress bar per batch on a terminal; CI logs get the adapter's plain lines only.
            await AnsiConsole.Progress().StartAsync(async progress => report = await apply.RunAsync(
                settings.Request, settings.Adapter, settings.OutputDirectory, settings.DryRun, settings.AdapterSettings, Console.Out, cancellationToken,
                settings.FromSarif, name =>
                {
                    var task = progress.AddTask(Markup.Escape(name));
                    return new Progress<(int Done, int Total)>(p => (task.MaxValue, task.Value) = (Math.Max(1, p.Total), p.Done));
                }, settings.Resend));
        }
        else
        {
            report = await apply.RunAsync(settings.Request, settings.Adapter, settings.OutputDirectory, settings.DryRun,
                settings.AdapterSettings, Console.Out, cancellationToken, settings.FromSarif, resend: settings.Resend);
        }

        foreach (var n in report!.Check.AllNotifications)
        {
            Console.Error.WriteLine($"{n.Level.ToString().ToLowerInvariant()} {n.Descriptor.Id}: {n.Message}");
        }

        return report.ExitCode(settings.FailOnLevel);
    }
}
