using System.Security.Cryptography;
using System.Text;
using B2BRules.Engine.Execution;
using B2BRules.Engine.Sarif;

namespace B2BRules.Engine.Tests;

/// <summary>The vectors of codeql-action's fingerprints.test.ts and of shared/sarif/testdata/guests.csv (README §5).</summary>
public sealed class LineHashTests
{
    private static string[] Hashes(string text)
    {
        var table = LineHash.Read(new StringReader(text));
        return [.. Enumerable.Range(1, table.LineCount).Select(line => LineHash.Format(table.ValueOf(line)!.Value))];
    }

    [Fact]
    public void Empty_text() => Hashes("").ShouldBe(["c129715d7a2bc9a3:1"]);

    [Fact]
    public void Whitespace_is_skipped() =>
        Hashes(" a\nb\n  \t\tc\n d").ShouldBe(["271789c17abda88f:1", "54703d4cd895b18:1", "180aee12dab6264:1", "a23a3dc5e078b07b:1"]);

    [Fact]
    public void Repeated_lines_are_counted()
    {
        var hashes = Hashes(string.Concat(Enumerable.Repeat("Lorem ipsum dolor sit amet.\n", 10)));
        hashes[..6].ShouldBe(Enumerable.Range(1, 6).Select(n => $"a7f2ff13bc495cf2:{n}").ToArray());
        hashes[6].ShouldBe("a7f2ff1481e87703:1");
    }

    [Fact]
    public void Interleaved_repeats_are_numbered_per_hash_in_line_order()
    {
        // Lines longer than the 100-character window hash their own text only, so equal lines have equal hashes.
        string[] distinct = [new('a', 120), new('b', 120), new('c', 120), "short and unique"];
        var random = new Random(6);
        var text = string.Concat(Enumerable.Range(0, 5000).Select(_ => distinct[random.Next(distinct.Length)] + "\n"));
        var table = LineHash.Read(new StringReader(text));

        var seen = new Dictionary<ulong, int>();
        for (var line = 1; line <= table.LineCount; line++)
        {
            var (hash, count) = table.ValueOf(line)!.Value;
            seen[hash] = seen.GetValueOrDefault(hash) + 1;
            count.ShouldBe(seen[hash], $"line {line}");
        }

        seen.Values.Max().ShouldBeGreaterThan(1000); // the repeats were really there
    }

    [Fact]
    public void Guests_csv_lines()
    {
        const string csv = "first_name,last_name,email,plus_ones\nAlice,Smith,alice@example.com,1\nBob,Jones,bob@@example.com,0\nCarol,Díaz,carol@example.com,two\nAlice,Smith,ALICE@example.com,1\nDan,Lee,dan@localhost,0\n";
        Hashes(csv)[..6].ShouldBe(["fd950f1106f1867f:1", "efbf365158ff0ece:1", "63c803c6fc041cb8:1", "2034cccfd078844a:1", "e0f784594f1d68cb:1", "e6c2e70610a65eb2:1"]);
    }

    [Fact]
    public void The_digest_read_once_gives_every_lines_hash_and_the_files_sha256()
    {
        // A BOM, CRLF and LF lines, and multi-byte characters falling across the digest's 64 KB read buffers.
        var text = "\uFEFF" + string.Concat(Enumerable.Range(1, 6000).Select(i => i % 5 == 0 ? "same line\r\n" : $"líne {i}, with cells — ü\n"));
        var path = Path.Combine(Directory.CreateTempSubdirectory("b2brules-linehash-").FullName, "batch.csv");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        var bytes = File.ReadAllBytes(path);
        bytes.Length.ShouldBeGreaterThan(2 * 65536);

        var all = Hashes(text); // the text as written, BOM included
        using var stream = File.OpenRead(path);
        var digest = BatchFileDigest.Read(stream, CancellationToken.None);

        digest.LineHashes.LineCount.ShouldBe(all.Length);
        Enumerable.Range(1, all.Length).Select(l => LineHash.Format(digest.LineHashes.ValueOf(l)!.Value)).ShouldBe(all);
        digest.LineHashes.ValueOf(all.Length + 1).ShouldBeNull(); // past the end
        digest.LineHashes.ValueOf(0).ShouldBeNull();
        digest.Length.ShouldBe(bytes.Length);
        digest.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }
}
