using System.Security.Cryptography;
using System.Text;
using B2BRules.Engine.Tenants;
using B2BRules.Sdk.Tenants;
using B2BRules.Testing;

namespace B2BRules.Engine.Tests;

/// <summary>SnapshotFile reads what it writes, decodes the records where the file was read, and refuses damage a checksum cannot catch.</summary>
public sealed class SnapshotFileTests
{
    private const string ChecksumMember = ",\n  \"sha256\": \"";

    [Fact]
    public void A_snapshot_reads_back_every_address_it_was_written_with()
    {
        var builder = new TenantSnapshotBuilder();
        for (var i = 0; i < 5_000; i++)
        {
            builder.Member($"user{i}@contoso.com", mail: $"u{i}@mail.contoso.com");
        }

        builder.Guest("partner@fabrikam.com", GuestState.PendingAcceptance);
        var content = SnapshotFile.Read(builder.WriteTemporary());

        content.Users.UserCount.ShouldBe(5_001);
        content.Users.Count.ShouldBe(10_002); // the guest's #EXT# UPN and mail
        content.Users.Find("USER4321@contoso.com").ShouldBe(new DirectoryUser(DirectoryUserType.Member, GuestState.None, AddressProperty.UserPrincipalName));
        content.Users.Find(" u17@mail.contoso.com ").ShouldBe(new DirectoryUser(DirectoryUserType.Member, GuestState.None, AddressProperty.Mail));
        content.Users.Find("partner@fabrikam.com").ShouldBe(new DirectoryUser(DirectoryUserType.Guest, GuestState.PendingAcceptance, AddressProperty.Mail));
        content.Users.Find("user5000@contoso.com").ShouldBeNull();
    }

    [Fact]
    public void Records_out_of_order_are_refused_even_with_a_matching_checksum()
    {
        var path = new TenantSnapshotBuilder().Member("a@contoso.com").Member("b@contoso.com").Member("c@contoso.com").WriteTemporary();
        var records = Convert.FromBase64String(Member(File.ReadAllText(path), "records"));
        var reversed = new byte[records.Length];
        for (var i = 0; i < records.Length / AddressIndex.RecordLength; i++)
        {
            records.AsSpan(i * AddressIndex.RecordLength, AddressIndex.RecordLength).CopyTo(reversed.AsSpan(records.Length - ((i + 1) * AddressIndex.RecordLength)));
        }

        Resealed(path, text => text.Replace(Convert.ToBase64String(records), Convert.ToBase64String(reversed), StringComparison.Ordinal));

        Should.Throw<SnapshotException>(() => SnapshotFile.Read(path)).Message.ShouldBe("is damaged: the users' records are out of order");
    }

    [Fact]
    public void Records_that_are_not_base64_are_refused_even_with_a_matching_checksum()
    {
        var path = new TenantSnapshotBuilder().Member("a@contoso.com").WriteTemporary();
        Resealed(path, text => text.Replace(Member(text, "records"), "not*base64", StringComparison.Ordinal));

        Should.Throw<SnapshotException>(() => SnapshotFile.Read(path)).Message.ShouldBe("is damaged: users.records is not base64");
    }

    /// <summary>Edits the file and writes a checksum that matches the edit, as someone who knows the format could.</summary>
    private static void Resealed(string path, Func<string, string> edit)
    {
        var text = File.ReadAllText(path);
        var body = edit(text[..text.LastIndexOf(ChecksumMember, StringComparison.Ordinal)]) + "}";
        var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
        File.WriteAllText(path, body[..^1] + ChecksumMember + checksum + "\"\n}\n");
    }

    private static string Member(string text, string name)
    {
        var start = text.IndexOf($"\"{name}\": \"", StringComparison.Ordinal) + name.Length + 5;
        return text[start..text.IndexOf('"', start)];
    }
}
