using B2BRules.Engine.Sarif;

namespace B2BRules.Engine.Tests;

/// <summary>The vectors of codeql-action's fingerprints.test.ts and of shared/sarif/testdata/guests.csv (README §5).</summary>
public sealed class LineHashTests
{
    private static string[] Hashes(string text) =>
        [.. LineHash.Compute(new StringReader(text)).OrderBy(p => p.Key).Select(p => p.Value)];

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
    public void Guests_csv_lines()
    {
        const string csv = "first_name,last_name,email,plus_ones\nAlice,Smith,alice@example.com,1\nBob,Jones,bob@@example.com,0\nCarol,Díaz,carol@example.com,two\nAlice,Smith,ALICE@example.com,1\nDan,Lee,dan@localhost,0\n";
        Hashes(csv)[..6].ShouldBe(["fd950f1106f1867f:1", "efbf365158ff0ece:1", "63c803c6fc041cb8:1", "2034cccfd078844a:1", "e0f784594f1d68cb:1", "e6c2e70610a65eb2:1"]);
    }

    [Fact]
    public void The_streaming_reader_gives_the_same_hashes_in_any_order_of_asking()
    {
        var text = string.Concat(Enumerable.Range(1, 3000).Select(i => i % 5 == 0 ? "same line\n" : $"line {i}, with cells\n"));
        var path = Path.Combine(Directory.CreateTempSubdirectory("b2brules-linehash-").FullName, "batch.csv");
        File.WriteAllText(path, text);
        var all = LineHash.Compute(path);
        using var reader = new LineHash.Reader(path);
        int[] ascending = [1, 2, 5, 5, 10, 999, 1000, 2999, 3000];
        string? HashOf(int line) => reader.ValueOf(line) is { } value ? LineHash.Format(value) : null;
        ascending.Select(HashOf).ShouldBe(ascending.Select(l => all[l]));
        HashOf(7).ShouldBe(all[7]); // earlier than the last line asked: read again
        HashOf(3002).ShouldBeNull(); // past the end
    }
}
