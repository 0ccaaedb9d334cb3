using System.Globalization;
using B2BRules.Sdk.Tenants;
using CsvHelper;

namespace B2BRules.Engine.Tenants;

/// <summary>
/// Reads the users CSV the Entra admin center's "Download users" writes (Microsoft documents its columns:
/// userPrincipalName, displayName, …, mail, objectId, userType, …, alternateEmailAddress). Columns are matched by name,
/// in any case and with or without spaces, so the newer export's display names ("User principal name") work too; extra
/// columns are ignored and the optional ones may be missing. Only addresses, user type and invitation state are kept,
/// and only as keyed hashes: no error names an address.
/// </summary>
public static class UsersCsv
{
    private static readonly string[] UpnNames = ["userprincipalname", "upn"];
    private static readonly string[] MailNames = ["mail", "email", "emailaddress", "primarysmtpaddress"];
    private static readonly string[] TypeNames = ["usertype"];
    private static readonly string[] StateNames = ["externaluserstate", "invitationstate", "externaluserstatus"];
    private static readonly string[] ProxyNames = ["proxyaddresses"];
    private static readonly string[] OtherMailNames = ["othermails", "alternateemailaddress", "alternateemailaddresses", "alternateemail"];

    /// <summary>What was read, besides the users added to the builder.</summary>
    /// <param name="Users">Users read.</param>
    /// <param name="Columns">The columns used, by what they hold.</param>
    public sealed record Summary(int Users, IReadOnlyList<string> Columns);

    /// <summary>Adds every user of the file to <paramref name="users"/>; throws <see cref="SnapshotException"/> for a file it cannot use.</summary>
    public static Summary Read(string path, AddressIndex.Builder users)
    {
        using var stream = File.OpenRead(path);
        using var csv = CsvReader.Create(stream, new CsvReaderOptions
        {
            Separator = ',',
            DetectSeparatorHint = false,
            HasHeader = false,
            SkipEmptyLines = true,
            TrimWhitespace = false,
            TrackLineNumbers = true,
            MaxRecordSize = 1 << 20,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
        });
        var header = ReadRecord(csv) ?? throw new SnapshotException("is empty: the users download starts with a header row");
        if (header.Length > 0 && header[0].Trim().StartsWith("version:", StringComparison.OrdinalIgnoreCase))
        {
            header = ReadRecord(csv) ?? throw new SnapshotException("ends after its version line: the header row is missing");
        }

        var names = header.Select(h => Key(h)).ToList();
        int Find(string[] candidates) => names.FindIndex(candidates.Contains);
        var (upn, mail, type, state, proxy, other) = (Find(UpnNames), Find(MailNames), Find(TypeNames), Find(StateNames), Find(ProxyNames), Find(OtherMailNames));
        if (upn < 0 && mail < 0)
        {
            // A first row of data instead of headings would put addresses in this message: they are left out.
            var shown = header.Select(h => h.Trim()).Where(h => h.Length > 0).Select(h => h.Contains('@', StringComparison.Ordinal) ? "(an address: is the header row missing?)" : h);
            throw new SnapshotException($"has no address column (userPrincipalName or mail); its columns are: {string.Join(", ", shown.Distinct().Take(40))}");
        }

        var count = 0;
        while (ReadRecord(csv) is { } cells)
        {
            string? Cell(int index) => index >= 0 && index < cells.Length ? cells[index] : null;
            var principal = Cell(upn);
            var userType = Cell(type)?.Trim();
            var kind = userType is { Length: > 0 }
                ? string.Equals(userType, "Guest", StringComparison.OrdinalIgnoreCase) ? DirectoryUserType.Guest : DirectoryUserType.Member
                : principal?.Contains("#EXT#", StringComparison.OrdinalIgnoreCase) == true ? DirectoryUserType.Guest : DirectoryUserType.Member;
            users.Add(kind, kind == DirectoryUserType.Guest ? State(Cell(state)) : GuestState.None,
                DirectoryAddresses.Of(principal, Cell(mail), List(Cell(proxy)), List(Cell(other))));
            count++;
        }

        var used = new (string Name, int Index)[] { ("userPrincipalName", upn), ("mail", mail), ("userType", type), ("externalUserState", state), ("proxyAddresses", proxy), ("otherMails", other) };
        return new Summary(count, [.. used.Where(u => u.Index >= 0).Select(u => $"{u.Name} ({header[u.Index].Trim()})")]);
    }

    private static string[]? ReadRecord(CsvReader csv)
    {
        try
        {
            if (!csv.Read())
            {
                return null;
            }
        }
        catch (CsvFormatException e)
        {
            // The record is not quoted in the message: it holds addresses.
            throw new SnapshotException(string.Create(CultureInfo.InvariantCulture, $"has a malformed record at line {Math.Max(1, e.LineNumber)}: fix its quoting"), e);
        }

        var cells = new string[csv.FieldCount];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = csv.GetString(i);
        }

        return cells;
    }

    /// <summary>A header as matched: lower-case letters and digits only ("User principal name" is "userprincipalname").</summary>
    private static string Key(string header) => new([.. header.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    private static GuestState State(string? text) => Key(text ?? string.Empty) switch
    {
        "pendingacceptance" => GuestState.PendingAcceptance,
        "accepted" => GuestState.Accepted,
        _ => GuestState.None,
    };

    /// <summary>A multi-valued cell: separated by semicolons, commas or spaces, as exports write them (JSON-style brackets and quotes dropped).</summary>
    private static string[] List(string? cell) =>
        (cell ?? string.Empty).Split([';', ',', ' ', '[', ']', '"', '\''], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
