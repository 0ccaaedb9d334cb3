using System.ComponentModel;
using B2BRules.Engine.Checking;
using B2BRules.Engine.Tenants;
using B2BRules.Graph;
using Spectre.Console;
using Spectre.Console.Cli;

namespace B2BRules.Cli.Commands;

/// <summary>The options of <c>b2brules tenant pull</c>.</summary>
public sealed class TenantPullSettings : CommandSettings
{
    [CommandOption("--graph-endpoint <URL>")]
    [Description("The Microsoft Graph v1.0 root. Default: https://graph.microsoft.com/v1.0.")]
    [DefaultValue("https://graph.microsoft.com/v1.0")]
    public string GraphEndpoint { get; init; } = "https://graph.microsoft.com/v1.0";

    [CommandOption("-o|--output <FILE>")]
    [Description("The snapshot to write (replaced whole, only when the pull succeeds). Default: tenant.snapshot.json.")]
    [DefaultValue("tenant.snapshot.json")]
    public string Output { get; init; } = "tenant.snapshot.json";

    [CommandOption("--for <PATH>")]
    [Description("Batches (files, directories or globs) whose invitee domains get their partner tenant resolved; repeatable.")]
    public string[] For { get; init; } = [];

    [CommandOption("--setting <KEY=VALUE>")]
    [Description("Credentials and retries as for apply --adapter graph: auth=client-credentials|device-code|managed-identity, tenantId, clientId, maxRetries, retryDelayMs; repeatable.")]
    public string[] Settings { get; init; } = [];

    [CommandOption("--source-root <DIR>")]
    [Description("The root the --for batches are under, as with check.")]
    public string? SourceRoot { get; init; }

    public override ValidationResult Validate() =>
        !Uri.TryCreate(GraphEndpoint, UriKind.Absolute, out _) ? ValidationResult.Error($"--graph-endpoint '{GraphEndpoint}' is not an absolute URL.")
        : Settings.FirstOrDefault(s => !s.Contains('=', StringComparison.Ordinal) || s.StartsWith('=')) is { } bad ? ValidationResult.Error($"--setting '{bad}' is not KEY=VALUE.")
        : ValidationResult.Success();
}

/// <summary>
/// <c>b2brules tenant pull</c>: the tenant's facts from Microsoft Graph into a snapshot, written only when the pull
/// succeeds (a temporary file renamed over the old one). Exit 4 when the organization or the users cannot be read.
/// </summary>
public sealed class TenantPullCommand(TenantPullService pull, TimeProvider clock) : AsyncCommand<TenantPullSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, TenantPullSettings settings, CancellationToken cancellationToken)
    {
        var request = new TenantPullRequest(new Uri(settings.GraphEndpoint), settings.Settings.Select(s => s.Split('=', 2))
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase), settings.For, settings.SourceRoot);
        var result = ConsoleTerminal.CanShowProgress
            ? await AnsiConsole.Status().StartAsync("reading the organization", async status => await pull.PullAsync(request, Console.Out,
                new Progress<PullProgress>(p => status.Status(p.Step == "users" ? $"reading users: page {p.Pages:N0}, {p.Users:N0} users so far" : $"resolving partner tenants: {p.Pages:N0}/{p.Users:N0} domains")),
                cancellationToken))
            : await pull.PullAsync(request, Console.Out, null, cancellationToken);

        if (result.Content is not { } content)
        {
            Console.WriteLine($"stopped: {result.Stopped}");
            return ExitCodes.AdapterStopped;
        }

        SnapshotFile.Write(settings.Output, content);
        if (content.Users.UserCount == 0)
        {
            Console.Error.WriteLine("warning: the tenant has no user, or none Graph would list: B2B0008 and B2B0009 will find no one.");
        }

        foreach (var line in result.Unknown)
        {
            Console.WriteLine($"unknown: {line}");
        }

        SnapshotSummary.Write(content, settings.Output, clock.GetUtcNow(), Console.Out);
        return ExitCodes.Success;
    }
}
