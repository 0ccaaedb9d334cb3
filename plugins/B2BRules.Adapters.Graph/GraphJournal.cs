using Microsoft.Data.Sqlite;

namespace B2BRules.Adapters.Graph;

/// <summary>A row's state in the journal.</summary>
internal enum JournalState
{
    Sending,
    Sent,
    Failed,
}

/// <summary>One invitee's journal entry.</summary>
internal sealed record JournalEntry(string Email, JournalState State, string? InvitationId, string? Status, string? RedeemUrl, string? ErrorCode, string? ErrorMessage);

/// <summary>
/// The graph adapter's journal, a SQLite file keyed by tenant ID and normalised email. Graph has no idempotency key, so a
/// row is marked <c>sending</c> (committed, synchronous) before its request and <c>sent</c> or <c>failed</c> after: a run
/// killed at any moment leaves enough behind to never invite anyone twice and to lose no row.
/// </summary>
internal sealed class GraphJournal : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly string _tenant;

    public GraphJournal(string path, string tenant)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        _tenant = tenant;
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;");
        Execute("""
            CREATE TABLE IF NOT EXISTS invitations (
              tenant TEXT NOT NULL, email TEXT NOT NULL, batch TEXT NOT NULL, state TEXT NOT NULL,
              invitation_id TEXT, status TEXT, redeem_url TEXT, error_code TEXT, error_message TEXT, updated_utc TEXT NOT NULL,
              PRIMARY KEY (tenant, email))
            """);
    }

    public static string Normalise(string email) => email.Trim().ToLowerInvariant();

    public JournalEntry? Find(string email)
    {
        using var command = Command("SELECT email, state, invitation_id, status, redeem_url, error_code, error_message FROM invitations WHERE tenant = $tenant AND email = $email");
        command.Parameters.AddWithValue("$email", Normalise(email));
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new JournalEntry(reader.GetString(0), Enum.Parse<JournalState>(reader.GetString(1)), Text(reader, 2), Text(reader, 3), Text(reader, 4), Text(reader, 5), Text(reader, 6))
            : null;
    }

    /// <summary>
    /// Journals written before tenants were keyed by ID used the Graph endpoint's host (<paramref name="legacyKey"/>) for
    /// every tenant, so an entry there may belong to this tenant or to another. Such an entry for an address this run
    /// might send, with none of this tenant's own, is copied here as <c>sending</c>: the crash recovery then looks the
    /// invitee up in this tenant and marks it sent only if the user exists, so nobody is invited twice and nobody is skipped.
    /// </summary>
    /// <returns>How many entries were copied.</returns>
    public int AdoptLegacyEntries(string legacyKey, IEnumerable<string> emails, string batch)
    {
        var adopted = 0;
        foreach (var email in emails.Select(Normalise).Distinct(StringComparer.Ordinal))
        {
            using var command = Command("""
                INSERT INTO invitations (tenant, email, batch, state, updated_utc)
                SELECT $tenant, email, $batch, 'Sending', $now FROM invitations
                WHERE tenant = $legacy AND email = $email AND state IN ('Sent', 'Sending')
                  AND NOT EXISTS (SELECT 1 FROM invitations WHERE tenant = $tenant AND email = $email)
                """);
            command.Parameters.AddWithValue("$legacy", legacyKey);
            command.Parameters.AddWithValue("$email", email);
            command.Parameters.AddWithValue("$batch", batch);
            command.Parameters.AddWithValue("$now", DateTime.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            adopted += command.ExecuteNonQuery();
        }

        return adopted;
    }

    /// <summary>Rows left <c>sending</c> by a run that died mid-request.</summary>
    public IReadOnlyList<string> Unresolved()
    {
        using var command = Command("SELECT email FROM invitations WHERE tenant = $tenant AND state = 'Sending' ORDER BY email");
        using var reader = command.ExecuteReader();
        var emails = new List<string>();
        while (reader.Read())
        {
            emails.Add(reader.GetString(0));
        }

        return emails;
    }

    public void MarkSending(string email, string batch) => Upsert(email, batch, JournalState.Sending, null, null, null, null, null);

    public void MarkSent(string email, string batch, string? id, string? status, string? redeemUrl) => Upsert(email, batch, JournalState.Sent, id, status, redeemUrl, null, null);

    public void MarkFailed(string email, string batch, string code, string message) => Upsert(email, batch, JournalState.Failed, null, null, null, code, message);

    /// <summary>Forgets a row whose request certainly did not invite anyone, so that a later run sends it.</summary>
    public void Forget(string email)
    {
        using var command = Command("DELETE FROM invitations WHERE tenant = $tenant AND email = $email");
        command.Parameters.AddWithValue("$email", Normalise(email));
        command.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();

    private void Upsert(string email, string batch, JournalState state, string? id, string? status, string? redeemUrl, string? code, string? message)
    {
        using var command = Command("""
            INSERT INTO invitations (tenant, email, batch, state, invitation_id, status, redeem_url, error_code, error_message, updated_utc)
            VALUES ($tenant, $email, $batch, $state, $id, $status, $redeem, $code, $message, $now)
            ON CONFLICT (tenant, email) DO UPDATE SET batch = $batch, state = $state, invitation_id = $id, status = $status,
              redeem_url = $redeem, error_code = $code, error_message = $message, updated_utc = $now
            """);
        command.Parameters.AddWithValue("$email", Normalise(email));
        command.Parameters.AddWithValue("$batch", batch);
        command.Parameters.AddWithValue("$state", state.ToString());
        command.Parameters.AddWithValue("$id", (object?)id ?? DBNull.Value);
        command.Parameters.AddWithValue("$status", (object?)status ?? DBNull.Value);
        command.Parameters.AddWithValue("$redeem", (object?)redeemUrl ?? DBNull.Value);
        command.Parameters.AddWithValue("$code", (object?)code ?? DBNull.Value);
        command.Parameters.AddWithValue("$message", (object?)message ?? DBNull.Value);
        command.Parameters.AddWithValue("$now", DateTime.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$tenant", _tenant);
        return command;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string? Text(SqliteDataReader reader, int index) => reader.IsDBNull(index) ? null : reader.GetString(index);
}
