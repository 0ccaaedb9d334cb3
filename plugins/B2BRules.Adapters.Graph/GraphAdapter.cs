using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using B2BRules.BuiltIn;
using B2BRules.Sdk;
using B2BRules.Sdk.Adapters;

namespace B2BRules.Adapters.Graph;

/// <summary>
/// <c>graph</c>: sends invitations with Microsoft Graph (<c>POST /invitations</c>), exactly once per tenant and
/// invitee: a SQLite journal marks each row <c>sending</c> before its request, and a run that died mid-request resolves
/// such rows by looking the invitee up in the tenant before anything is resent (held when the lookup fails). Sends are
/// paced (<c>rate</c>), 429 and transient 5xx retried, and a 403 ("invitations blocked") or 401 stops the run cleanly:
/// the same command resumes it.
/// </summary>
[InvitationAdapter]
public sealed class GraphAdapter : InvitationAdapter
{
    public const string TokenVariable = GraphCredentials.TokenVariable;
    public const string DefaultEndpoint = "https://graph.microsoft.com/v1.0";
    public const string DefaultRedirectUrl = "https://myapplications.microsoft.com";

    /// <summary>Invitations per minute by default: slow, because tenants were blocked after about a dozen rapid invitations.</summary>
    public const int DefaultRate = 10;

    public override string Name => "graph";

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

        var batchId = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(context.BatchPath, cancellationToken)))[..16];
        using var journal = new GraphJournal(settings.Journal, settings.Tenant);
        using var graph = new GraphClient(settings.Endpoint, token, settings.MaxRetries, settings.RetryDelay);
        held += await ResolveUnfinished(journal, graph, context, batchId, cancellationToken);

        int sent = 0, failed = 0;
        string? stopped = null;
        var sendable = context.Rows.Where(r => r.Decision == RowDecision.Send).ToList();
        foreach (var row in sendable)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entry = journal.Find(row.Email);
            if (entry is { State: JournalState.Sent })
            {
                sent++;
                continue; // invited by an earlier run: never twice
            }

            if (entry is { State: JournalState.Failed })
            {
                failed++;
                continue;
            }

            if (entry is { State: JournalState.Sending })
            {
                continue; // unresolved after the lookup above (counted as held there): a person decides
            }

            journal.MarkSending(row.Email, batchId);
            var response = await graph.InviteAsync(Body(row, settings), cancellationToken);
            switch (response.Status)
            {
                case HttpStatusCode.Created or HttpStatusCode.OK:
                    journal.MarkSent(row.Email, batchId, response.Id, response.InvitationStatus, response.RedeemUrl);
                    sent++;
                    context.Log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  invited record {row.RecordNumber} ({sent}/{sendable.Count})"));
                    context.Progress?.Report((sent, sendable.Count));
                    break;
                case HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized or HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError:
                    journal.Forget(row.Email); // refused before anything was created: a later run sends it
                    stopped = $"{(int)response.Status} {response.ErrorCode}: {response.ErrorMessage}";
                    break;
                default:
                    journal.MarkFailed(row.Email, batchId, response.ErrorCode ?? ((int)response.Status).ToString(CultureInfo.InvariantCulture), response.ErrorMessage ?? string.Empty);
                    failed++;
                    break;
            }

            if (stopped is not null)
            {
                break;
            }

            await Task.Delay(settings.Pace, cancellationToken);
        }

        files.Add(WriteResults(context, journal));
        return new AdapterResult(sent, held, skipped, failed, stopped, files);
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

    private static JsonObject Body(PlannedRow row, GraphSettings settings)
    {
        var redirect = row.Cell(ColumnKeys.RedirectUrl).Trim();
        var body = new JsonObject
        {
            ["invitedUserEmailAddress"] = row.Email,
            ["inviteRedirectUrl"] = redirect.Length > 0 ? redirect : settings.DefaultRedirect,
            ["sendInvitationMessage"] = bool.TryParse(row.Cell(ColumnKeys.SendEmail).Trim(), out var send) && send,
        };
        if (row.Cell(ColumnKeys.DisplayName).Trim() is { Length: > 0 } name)
        {
            body["invitedUserDisplayName"] = name;
        }

        if (row.Cell(ColumnKeys.Message).Trim() is { Length: > 0 } message)
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
