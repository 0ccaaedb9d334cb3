using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using B2BRules.BuiltIn;
using B2BRules.BuiltIn.Graph;
using B2BRules.Sdk;
using B2BRules.Sdk.Adapters;

namespace B2BRules.Adapters.Graph;

/// <summary>
/// <c>graph</c>: sends invitations with Microsoft Graph (<c>POST /invitations</c>), exactly once per tenant and
/// invitee: a SQLite journal keyed by the tenant's ID marks each row <c>sending</c> before its request, and a run that
/// died mid-request resolves such rows by looking the invitee up in the tenant before anything is resent (held when the
/// lookup fails). Sends are paced (<c>rate</c>), 429 and transient 5xx retried. A refusal about one invitee fails that
/// row and the run goes on; a refusal of the caller (401, a 403 for missing rights, restricted or blocked invitations)
/// stops the run cleanly, and the same command resumes it.
/// </summary>
[InvitationAdapter]
public sealed class GraphAdapter : InvitationAdapter
{
    public const string TokenVariable = GraphCredentials.TokenVariable;
    public const string DefaultEndpoint = "https://graph.microsoft.com/v1.0";

    /// <summary>Invitations per minute by default: slow, because tenants were blocked after about a dozen rapid invitations.</summary>
    public const int DefaultRate = 10;

    public override string Name => "graph";

    public override InvitationRoute Route => InvitationRoute.Graph;

    public override string? Refuses(Policy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy.Raw.TryGetOptions("adapters", out var adapters) && adapters.GetBoolean("graph", false)
            ? null
            : "this policy does not allow invitations through the API (the 2016 preview, builtin:preview-2016, took CSV uploads only): " +
              "use --adapter entra-csv, or extend builtin:entra, which sets policy.adapters.graph: true";
    }

    public override async Task<AdapterResult> ExecuteAsync(AdapterContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = GraphSettings.From(context.Settings);
        var files = new List<string>();
        var held = context.Rows.Count(r => r.Decision == RowDecision.Hold);
        var skipped = context.Rows.Count(r => r.Decision == RowDecision.Skip);
        var (token, problem) = await GraphCredentials.AcquireAsync(context.Settings, settings.Endpoint, context.Log, cancellationToken);
        if (token is null)
        {
            return new AdapterResult(0, held, skipped, 0, problem, files);
        }

        using var graph = new GraphClient(settings.Endpoint, token, settings.MaxRetries, settings.RetryDelay);
        var (tenant, tenantProblem) = await GraphTenant.ResolveAsync(settings.Tenant ?? context.Policy.Tenant?.TenantId, token, graph.OrganizationIdAsync, cancellationToken);
        if (tenant is null)
        {
            return new AdapterResult(0, held, skipped, 0, tenantProblem, files);
        }

        var batchId = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(context.BatchPath, cancellationToken)))[..16];
        var sendable = context.Rows.Where(r => r.Decision == RowDecision.Send).ToList();
        using var journal = new GraphJournal(settings.Journal, tenant);
        var adopted = journal.AdoptLegacyEntries(settings.Endpoint.GetLeftPart(UriPartial.Authority), sendable.Select(r => r.Email), batchId);
        if (adopted > 0)
        {
            context.Log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {adopted} address(es) are in the journal from before it kept tenants apart: each is looked up in tenant {tenant} before anything is sent"));
        }

        held += await ResolveUnfinished(journal, graph, context, batchId, cancellationToken);
        var outcome = await SendAsync(sendable, journal, graph, settings, context, batchId, cancellationToken);
        files.Add(WriteResults(context, journal));
        return new AdapterResult(outcome.Sent, held, skipped, outcome.Failed, outcome.Stopped, files);
    }

    /// <summary>Sends each row the journal has not settled, until the end or a refusal of the caller.</summary>
    private static async Task<(int Sent, int Failed, string? Stopped)> SendAsync(
        List<PlannedRow> sendable, GraphJournal journal, GraphClient graph, GraphSettings settings, AdapterContext context, string batchId, CancellationToken cancellationToken)
    {
        int sent = 0, failed = 0;
        PlannedRow? unexplained = null; // the last row failed on a 403 that named neither the invitee nor the caller
        foreach (var row in sendable)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (journal.Find(row.Email)?.State)
            {
                case JournalState.Sent:
                    sent++;
                    continue; // invited by an earlier run: never twice
                case JournalState.Failed when !settings.RetryFailed:
                    failed++;
                    continue; // refused before; its error is in the results file
                case JournalState.Sending:
                    continue; // unresolved after the lookup (counted as held there): a person decides
            }

            journal.MarkSending(row.Email, batchId);
            var response = await graph.InviteAsync(Body(row, settings), cancellationToken);
            var refusal = $"{(int)response.Status} {response.ErrorCode}: {response.ErrorMessage}";
            if (response.Status is HttpStatusCode.Created or HttpStatusCode.OK)
            {
                journal.MarkSent(row.Email, batchId, response.Id, response.InvitationStatus, response.RedeemUrl);
                sent++;
                unexplained = null;
                context.Log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  invited record {row.RecordNumber} ({sent}/{sendable.Count})"));
                context.Progress?.Report((sent, sendable.Count));
            }
            else if (response.Status is HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError)
            {
                journal.Forget(row.Email); // refused before anything was created: a later run sends it
                return (sent, failed, refusal);
            }
            else
            {
                var scope = GraphRefusal.Classify(response.Status, response.ErrorCode, response.ErrorMessage);
                switch (scope)
                {
                    case RefusalScope.Caller:
                        journal.Forget(row.Email);
                        return (sent, failed, refusal);
                    case RefusalScope.Unknown when unexplained is not null:
                        // Two unexplained refusals running are about the caller, not two invitees: both rows stay pending.
                        journal.Forget(unexplained.Email);
                        journal.Forget(row.Email);
                        return (sent, failed - 1, refusal + $" (and record {unexplained.RecordNumber} before it: not about one invitee)");
                    default:
                        journal.MarkFailed(row.Email, batchId, response.ErrorCode ?? ((int)response.Status).ToString(CultureInfo.InvariantCulture), response.ErrorMessage ?? string.Empty);
                        failed++;
                        context.Log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  refused record {row.RecordNumber}: {refusal}"));
                        unexplained = scope == RefusalScope.Unknown ? row : null;
                        break;
                }
            }

            await Task.Delay(settings.Pace, cancellationToken);
        }

        return (sent, failed, null);
    }

    /// <summary>Rows a killed run left <c>sending</c>: sent if the invitee now exists, forgotten (so sent again) if not, held if unsure.</summary>
    private static async Task<int> ResolveUnfinished(GraphJournal journal, GraphClient graph, AdapterContext context, string batchId, CancellationToken cancellationToken)
    {
        var unsure = 0;
        var inBatch = context.Rows.Select(r => GraphJournal.Normalise(r.Email)).ToHashSet(StringComparer.Ordinal);
        foreach (var email in journal.Unresolved().Where(inBatch.Contains))
        {
            switch (await graph.UserExistsAsync(email, cancellationToken))
            {
                case true:
                    journal.MarkSent(email, batchId, null, "Recovered", null);
                    context.Log.WriteLine($"  recovered an invitation sent before a crash (the invitee exists in the tenant)");
                    break;
                case false:
                    journal.Forget(email);
                    break;
                default:
                    unsure++;
                    break;
            }
        }

        return unsure;
    }

    /// <summary>The request, by the mapping the entra-csv adapter uses too (<see cref="InvitationFields"/>).</summary>
    private static JsonObject Body(PlannedRow row, GraphSettings settings)
    {
        var body = new JsonObject
        {
            ["invitedUserEmailAddress"] = row.Email,
            ["inviteRedirectUrl"] = InvitationFields.RedirectUrl(row, settings.DefaultRedirect),
            ["sendInvitationMessage"] = InvitationFields.SendInvitationMessage(row),
        };
        if (InvitationFields.DisplayName(row) is { } name)
        {
            body["invitedUserDisplayName"] = name;
        }

        if (InvitationFields.Message(row) is { } message)
        {
            body["invitedUserMessageInfo"] = new JsonObject { ["customizedMessageBody"] = message };
        }

        return body;
    }

    /// <summary><c>&lt;batch&gt;.results.csv</c>: each sendable row's journal state, for people (formula characters neutralised).</summary>
    private static string WriteResults(AdapterContext context, GraphJournal journal)
    {
        var path = Path.Combine(context.OutputDirectory, $"{context.BatchName}.results.csv");
        using var writer = CsvText.CreateFile(path);
        writer.WriteLine("line,email,state,invitationId,status,redeemUrl,errorCode,errorMessage");
        foreach (var row in context.Rows.Where(r => r.Decision == RowDecision.Send))
        {
            var entry = journal.Find(row.Email);
            writer.WriteLine(CsvText.Line(
            [
                row.LineNumber.ToString(CultureInfo.InvariantCulture),
                CsvText.SafeCell(row.Email),
                entry?.State.ToString().ToLowerInvariant() ?? "pending",
                CsvText.SafeCell(entry?.InvitationId ?? string.Empty),
                CsvText.SafeCell(entry?.Status ?? string.Empty),
                CsvText.SafeCell(entry?.RedeemUrl ?? string.Empty),
                CsvText.SafeCell(entry?.ErrorCode ?? string.Empty),
                CsvText.SafeCell(entry?.ErrorMessage ?? string.Empty),
            ]));
        }

        return path;
    }
}
