using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using B2BRules.Sdk.Tenants;

namespace B2BRules.Engine.Tenants;

/// <summary>
/// The tenant snapshot file: versioned, indented JSON (schema/tenant-snapshot.schema.json) whose last member is the
/// SHA-256 of everything before it, so a truncated or edited file is refused rather than half-read. Written atomically
/// (a temporary file renamed over the old one) and readable by its owner only.
/// </summary>
public static class SnapshotFile
{
    public const string Format = "b2brules-tenant-snapshot";
    public const int Version = 1;
    private static readonly byte[] ChecksumMember = ",\n  \"sha256\": \""u8.ToArray();
    private static readonly JsonWriterOptions Indented = new() { Indented = true, NewLine = "\n" };

    /// <summary>Writes the snapshot to <paramref name="path"/> through a temporary file: an interrupted write leaves the old file whole.</summary>
    public static void Write(string path, SnapshotContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var body = Serialise(content);
        var checksum = Convert.ToHexStringLower(SHA256.HashData(body));
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using (var stream = new FileStream(temporary, options))
            {
                stream.Write(body.AsSpan(0, body.Length - 1)); // all but the closing brace
                stream.Write(ChecksumMember);
                stream.Write(Encoding.ASCII.GetBytes(checksum + "\"\n}\n"));
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary); // nothing when the move succeeded
        }
    }

    /// <summary>Reads and checks a snapshot; throws <see cref="SnapshotException"/> naming the problem.</summary>
    public static SnapshotContent Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SnapshotException($"cannot be read: {e.Message}", e);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            throw new SnapshotException($"is not a tenant snapshot: it is truncated or not JSON ({e.Message})", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != Format)
            {
                throw new SnapshotException($"is not a tenant snapshot (no \"format\": \"{Format}\"); make one with b2brules tenant pull or tenant import");
            }

            var version = root.TryGetProperty("version", out var v) && v.TryGetInt32(out var number) ? number : -1;
            if (version != Version)
            {
                throw new SnapshotException($"is a version {version} snapshot; this b2brules reads version {Version}: pull or import it again");
            }

            VerifyChecksum(bytes, root);
            try
            {
                return Deserialise(root, bytes);
            }
            catch (Exception e) when (e is InvalidOperationException or FormatException or KeyNotFoundException or ArgumentException)
            {
                throw new SnapshotException($"is damaged: {e.Message}", e);
            }
        }
    }

    private static void VerifyChecksum(byte[] bytes, JsonElement root)
    {
        var at = bytes.AsSpan().LastIndexOf(ChecksumMember);
        if (at < 0 || !root.TryGetProperty("sha256", out var recorded) || recorded.ValueKind != JsonValueKind.String)
        {
            throw new SnapshotException("has no checksum; it was not written by b2brules, or was edited");
        }

        // The body is the file up to the checksum member, closed with '}'. Hashed in place: a copy of a 200,000-user
        // file is 14 MB more to allocate and touch.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(bytes, 0, at);
        hash.AppendData("}"u8);
        if (!string.Equals(Convert.ToHexStringLower(hash.GetHashAndReset()), recorded.GetString(), StringComparison.Ordinal))
        {
            throw new SnapshotException("was changed after it was written (its checksum does not match): pull or import it again");
        }
    }

    private static byte[] Serialise(SnapshotContent content)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Indented))
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteNumber("version", Version);
            json.WriteStartObject("tenant");
            json.WriteString("id", content.TenantId);
            WriteOptional(json, "name", content.TenantName);
            json.WriteEndObject();
            json.WriteString("takenAt", content.TakenAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            json.WriteString("origin", content.Origin == SnapshotOrigin.Pulled ? "pulled" : "imported");
            json.WriteStartArray("unknown");
            foreach (var fact in content.Unknown.Order())
            {
                json.WriteStringValue(Name(fact));
            }

            json.WriteEndArray();
            WriteDomains(json, content);
            WriteOptional(json, "allowInvitesFrom", content.AllowInvitesFrom == InviteSetting.Unknown ? null : Name(content.AllowInvitesFrom));
            WriteRestrictions(json, content.CollaborationRestrictions);
            WriteCrossTenant(json, content);
            json.WriteStartObject("partnerTenants");
            foreach (var (domain, tenant) in content.PartnerTenants.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                WriteOptional(json, domain, tenant, writeNull: true);
            }

            json.WriteEndObject();
            json.WriteStartObject("users");
            json.WriteNumber("count", content.Users.UserCount);
            json.WriteNumber("addresses", content.Users.Count);
            json.WriteNumber("recordLength", AddressIndex.RecordLength);
            json.WriteBase64String("hashKey", content.Users.Key);
            json.WriteBase64String("records", content.Users.Records);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteDomains(Utf8JsonWriter json, SnapshotContent content)
    {
        json.WriteStartArray("domains");
        foreach (var domain in content.Domains)
        {
            json.WriteStartObject();
            json.WriteString("name", domain.Name);
            json.WriteBoolean("isVerified", domain.IsVerified);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteRestrictions(Utf8JsonWriter json, CollaborationRestrictions restrictions)
    {
        if (restrictions.Mode == RestrictionMode.Unknown)
        {
            json.WriteNull("collaborationRestrictions");
            return;
        }

        json.WriteStartObject("collaborationRestrictions");
        json.WriteString("mode", Name(restrictions.Mode));
        json.WriteStartArray("domains");
        foreach (var domain in restrictions.Domains)
        {
            json.WriteStringValue(domain);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCrossTenant(Utf8JsonWriter json, SnapshotContent content)
    {
        if (content.Unknown.Contains(TenantFact.CrossTenantAccess))
        {
            json.WriteNull("crossTenantAccess");
            return;
        }

        json.WriteStartObject("crossTenantAccess");
        WriteInbound(json, "default", content.CrossTenantAccess.Default);
        json.WriteStartObject("partners");
        foreach (var (tenant, setting) in content.CrossTenantAccess.Partners.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            WriteInbound(json, tenant, setting);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteInbound(Utf8JsonWriter json, string name, InboundSetting setting)
    {
        json.WriteStartObject(name);
        WriteOptional(json, "b2bCollaborationInbound", setting.B2BCollaboration is { } access ? Name(access) : null, writeNull: true);
        if (setting.IsMfaAccepted is { } mfa)
        {
            json.WriteBoolean("isMfaAccepted", mfa);
        }
        else
        {
            json.WriteNull("isMfaAccepted");
        }

        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value, bool writeNull = false)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
        else if (writeNull)
        {
            json.WriteNull(name);
        }
    }

    private static SnapshotContent Deserialise(JsonElement root, byte[] file)
    {
        var tenant = root.GetProperty("tenant");
        var users = root.GetProperty("users");
        var key = users.GetProperty("hashKey").GetBytesFromBase64();
        var records = DecodeInPlace(file, users.GetProperty("records"));
        if (users.GetProperty("recordLength").GetInt32() != AddressIndex.RecordLength || records.Length != users.GetProperty("addresses").GetInt32() * AddressIndex.RecordLength)
        {
            throw new FormatException("the users' records do not match their count");
        }

        var index = new AddressIndex(key, records, users.GetProperty("count").GetInt32());
        if (!index.IsSorted())
        {
            throw new FormatException("the users' records are out of order");
        }

        return new SnapshotContent
        {
            TenantId = tenant.GetProperty("id").GetString() ?? throw new FormatException("tenant.id is null"),
            TenantName = tenant.TryGetProperty("name", out var name) ? name.GetString() : null,
            TakenAt = DateTimeOffset.Parse(root.GetProperty("takenAt").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            Origin = root.GetProperty("origin").GetString() == "pulled" ? SnapshotOrigin.Pulled : SnapshotOrigin.Imported,
            Unknown = root.GetProperty("unknown").EnumerateArray().Select(f => Parse<TenantFact>(f.GetString())).ToHashSet(),
            Domains = [.. root.GetProperty("domains").EnumerateArray().Select(d => new TenantDomain(d.GetProperty("name").GetString()!, d.GetProperty("isVerified").GetBoolean()))],
            AllowInvitesFrom = root.TryGetProperty("allowInvitesFrom", out var invite) && invite.ValueKind == JsonValueKind.String ? Parse<InviteSetting>(invite.GetString()) : InviteSetting.Unknown,
            CollaborationRestrictions = ReadRestrictions(root.GetProperty("collaborationRestrictions")),
            CrossTenantAccess = ReadCrossTenant(root.GetProperty("crossTenantAccess")),
            PartnerTenants = root.GetProperty("partnerTenants").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString(), StringComparer.Ordinal),
            Users = index,
        };
    }

    /// <summary>
    /// The records' base64 decoded over their own text in the file's buffer, which the index then keeps: the records
    /// are most of a snapshot, and a second buffer for them would be as much memory again to allocate and touch
    /// (docs/performance.md). The element's text is no longer read after this, and the checksum was checked before.
    /// </summary>
    private static ReadOnlyMemory<byte> DecodeInPlace(byte[] file, JsonElement records)
    {
        if (records.ValueKind != JsonValueKind.String)
        {
            throw new FormatException("users.records is not a string");
        }

        var raw = JsonMarshal.GetRawUtf8Value(records); // with its quotes; a slice of the file's buffer
        if (!file.AsSpan().Overlaps(raw, out var start))
        {
            throw new InvalidOperationException("The snapshot's document does not read from its file's buffer.");
        }

        var text = file.AsSpan(start + 1, raw.Length - 2);
        if (Base64.DecodeFromUtf8InPlace(text, out var written) != OperationStatus.Done)
        {
            throw new FormatException("users.records is not base64");
        }

        return file.AsMemory(start + 1, written);
    }

    private static CollaborationRestrictions ReadRestrictions(JsonElement element) => element.ValueKind == JsonValueKind.Null
        ? CollaborationRestrictions.Unknown
        : new CollaborationRestrictions(Parse<RestrictionMode>(element.GetProperty("mode").GetString()), [.. element.GetProperty("domains").EnumerateArray().Select(d => d.GetString()!)]);

    private static CrossTenantSettings ReadCrossTenant(JsonElement element) => element.ValueKind == JsonValueKind.Null
        ? CrossTenantSettings.None
        : new CrossTenantSettings(ReadInbound(element.GetProperty("default")),
            element.GetProperty("partners").EnumerateObject().ToDictionary(p => p.Name, p => ReadInbound(p.Value), StringComparer.Ordinal));

    private static InboundSetting ReadInbound(JsonElement element) => new(
        element.GetProperty("b2bCollaborationInbound") is { ValueKind: JsonValueKind.String } access ? Parse<InboundAccess>(access.GetString()) : null,
        element.GetProperty("isMfaAccepted") is { ValueKind: JsonValueKind.True or JsonValueKind.False } mfa ? mfa.GetBoolean() : null);

    /// <summary>An enum member's name as the file writes it: camelCase, as Graph spells these values.</summary>
    public static string Name<T>(T value)
        where T : struct, Enum
    {
        var text = value.ToString();
        return char.ToLowerInvariant(text[0]) + text[1..];
    }

    private static T Parse<T>(string? text)
        where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !char.IsDigit(text![0])
            ? value
            : throw new FormatException($"'{text}' is not a {typeof(T).Name} value");
}

/// <summary>A file that is not a usable tenant snapshot; the message says why (the caller names the file).</summary>
public sealed class SnapshotException : Exception
{
    public SnapshotException()
    {
    }

    public SnapshotException(string message)
        : base(message)
    {
    }

    public SnapshotException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
