using System.Globalization;
using B2BRules.Engine.Checking;
using B2BRules.Engine.Input;
using B2BRules.Engine.PolicyTooling;
using B2BRules.Sdk;
using B2BRules.Sdk.Adapters;

namespace B2BRules.Engine.Adapters;

/// <summary>What <c>b2brules apply</c> did: the check, each batch's plan, and what the adapter did with it.</summary>
public sealed record ApplyReport(CheckReport Check, IReadOnlyList<(AdapterContext Plan, AdapterResult? Result)> Batches)
{
    /// <summary>docs/adapters.md (the plan): the check's exit code, or 4 when the adapter stopped before finishing (a later run resumes).</summary>
    public int ExitCode(FailOn failOn)
    {
        var check = Check.ExitCode(failOn);
        return check >= ExitCodes.UsageOrConfiguration ? check
            : Batches.Any(b => b.Result?.StoppedBecause is not null) ? ExitCodes.AdapterStopped
            : check;
    }
}

/// <summary>
/// <c>b2brules apply --adapter NAME</c>: check the batches (adapters never run rules themselves), plan each batch, print
/// the plan, and unless it is a dry run hand each plan to the adapter.
/// </summary>
public sealed class ApplyService(CheckService checkService, RuleInventory inventory)
{
    public async Task<ApplyReport> RunAsync(
        CheckRequest request, string adapterName, string? outputDirectory, bool dryRun, IReadOnlyDictionary<string, string> settings, TextWriter log,
        CancellationToken cancellationToken, string? fromSarif = null, Func<string, IProgress<(int Done, int Total)>?>? progressFor = null, bool resend = false)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(log);
        // The rules judge the inviter for the route the invitations take (B2B0005): the adapter's, known once it is loaded.
        request = request with { Route = AdapterRoute(request, adapterName) };
        var check = fromSarif is null ? checkService.Run(request, cancellationToken: cancellationToken) : FromSarif(request, fromSarif);
        if (check.Stopped)
        {
            return new ApplyReport(check, []);
        }

        if (!check.Catalog.Adapters.TryGetValue(adapterName, out var adapter))
        {
            var known = check.Catalog.Adapters.Keys.Order(StringComparer.Ordinal).ToList();
            throw new UsageException($"No adapter is named '{adapterName}'{Configuration.Suggest.Nearest(adapterName, known)}; available: {string.Join(", ", known)}.");
        }

        var batches = new List<(AdapterContext, AdapterResult?)>();
        foreach (var batch in check.Batches)
        {
            var policy = check.RunSettings?.Policy ?? Policy.Default;
            var directory = outputDirectory ?? Path.GetDirectoryName(batch.FullPath)!;
            var plan = AdapterPlanner.Plan(batch, policy, adapter, directory, settings, log, dryRun ? null : progressFor?.Invoke(batch.FilePath), resend);
            WritePlan(plan, batch.FilePath, log);
            var refusal = plan.Refusal ?? adapter.Refuses(policy);
            AdapterResult? result = null;
            if (refusal is not null)
            {
                log.WriteLine($"  refused: {refusal}; nothing is sent for this batch.");
            }
            else if (!dryRun)
            {
                Directory.CreateDirectory(directory);
                result = await adapter.ExecuteAsync(plan, cancellationToken);
                log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  done: {result.Sent} sent, {result.Held} held, {result.Skipped} skipped, {result.Failed} failed{(result.StoppedBecause is { } why ? $"; stopped: {why}" : string.Empty)}"));
                foreach (var file in result.Files)
                {
                    log.WriteLine($"  wrote {Path.GetFileName(file)}");
                }
            }

            batches.Add((plan, result));
        }

        return new ApplyReport(check, batches);
    }

    private InvitationRoute AdapterRoute(CheckRequest request, string adapterName)
    {
        try
        {
            return inventory.Open(request.RulesPath, sourceRoot: request.SourceRoot).Catalog.Adapters.TryGetValue(adapterName, out var adapter)
                ? adapter.Route
                : request.Route;
        }
        catch (Configuration.ConfigurationException)
        {
            return request.Route; // the check reports the broken configuration, with its place
        }
    }

    /// <summary>The findings of an earlier check, from its SARIF log: the rules are loaded (for their scopes) but not run.</summary>
    private CheckReport FromSarif(CheckRequest request, string logPath)
    {
        var sourceRoot = InputResolver.ResolveSourceRoot(request.SourceRoot);
        var files = InputResolver.ResolveInputs(request.Inputs, sourceRoot);
        var rules = inventory.Open(request.RulesPath, request.Severities, sourceRoot);
        var batches = SarifFindings.Read(logPath, files, sourceRoot, rules.Catalog, rules.Configuration.Policy);
        return new CheckReport(rules.Catalog, batches, [.. rules.Notifications], rules.Configuration.Source, sourceRoot)
        {
            RunSettings = rules.Configuration.ForFile(null),
        };
    }

    /// <summary>"partners.csv: 1,200 to send, 30 to hold, 12 to skip, 3 unreadable", then the reasons by rule.</summary>
    private static void WritePlan(AdapterContext plan, string name, TextWriter log)
    {
        int Count(RowDecision d) => plan.Rows.Count(r => r.Decision == d);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {Count(RowDecision.Send)} to send, {Count(RowDecision.Hold)} to hold, {Count(RowDecision.Skip)} to skip, {plan.Unreadable.Select(d => d.Location.RecordNumber).Distinct().Count()} unreadable"));
        var reasons = plan.Rows.Where(r => r.Decision != RowDecision.Send)
            .SelectMany(r => r.Findings.Where(d => d.Severity >= Severity.Warning).Select(d => (r.Decision, d.Id)).Distinct())
            .GroupBy(x => x)
            .OrderBy(g => g.Key.Decision).ThenBy(g => g.Key.Id, StringComparer.Ordinal);
        foreach (var reason in reasons)
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {reason.Key.Decision.ToString().ToLowerInvariant(),-5} {reason.Count(),6} × {reason.Key.Id}"));
        }
    }
}
