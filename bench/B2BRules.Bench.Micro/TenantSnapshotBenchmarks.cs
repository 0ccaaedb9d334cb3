using System.Text;
using B2BRules.Engine.Tenants;
using BenchmarkDotNet.Attributes;

namespace B2BRules.Bench;

/// <summary>
/// A tenant snapshot of 200,000 users (docs/tenant.md): reading the file, checking its checksum and decoding its
/// sorted address index, which is what a check with <c>tenant:</c> adds before the first row; and the lookups of a
/// 2,000-row batch against it. The snapshot is made once, as <c>b2brules tenant import</c> makes it.
/// </summary>
public class TenantSnapshotBenchmarks
{
    public const int Users = 200_000;

    private string _path = null!;
    private AddressIndex _index = null!;
    private string[] _invitees = null!;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Directory.CreateTempSubdirectory("b2brules-bench-tenant-").FullName;
        var users = Path.Combine(folder, "users.csv");
        using (var output = new StreamWriter(users, false, new UTF8Encoding(false)) { NewLine = "\r\n" })
        {
            UsersGenerator.Write(output, Users, seed: 7);
        }

        var (content, _) = TenantImport.Build(new TenantImportRequest(users, Guid.NewGuid().ToString(), ["contoso.com"], "everyone"), DateTimeOffset.UtcNow);
        _path = Path.Combine(folder, "tenant.snapshot.json");
        SnapshotFile.Write(_path, content);
        _index = content.Users;

        var batch = new StringWriter();
        BatchGenerator.Write(batch, 2_000, seed: 42);
        _invitees = [.. batch.ToString().Split('\n').Skip(2).Select(line => line.Split(',')[0]).Where(address => address.Length > 0)];
    }

    [Benchmark(Description = "load and index 200,000 users")]
    public int Load() => SnapshotFile.Read(_path).Users.Count;

    [Benchmark(Description = "look up 2,000 invitees")]
    public int LookUp()
    {
        var found = 0;
        foreach (var invitee in _invitees)
        {
            found += _index.Find(invitee) is null ? 0 : 1;
        }

        return found;
    }
}
