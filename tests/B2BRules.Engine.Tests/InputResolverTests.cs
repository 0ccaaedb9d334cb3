using B2BRules.Engine.Execution;

namespace B2BRules.Engine.Tests;

public sealed class InputResolverTests
{
    private static string Root(out string batch)
    {
        var root = Directory.CreateTempSubdirectory("b2brules-inputs-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "b"));
        batch = Path.Combine(root, "b", "two.csv");
        File.WriteAllText(batch, "Email\n");
        File.WriteAllText(Path.Combine(root, "one.csv"), "Email\n");
        File.WriteAllText(Path.Combine(root, "notes.txt"), "x");
        return root;
    }

    [Fact]
    public void Directories_expand_to_every_csv_below_in_sorted_order_each_once()
    {
        var root = Root(out var batch);
        InputResolver.ResolveInputs([root, batch], root).Select(f => InputResolver.DisplayPath(f, root)).ShouldBe(["b/two.csv", "one.csv"]);
    }

    [Fact]
    public void Input_held_exclusively_by_another_writer_is_a_usage_error()
    {
        var root = Root(out var batch);
        using var held = new FileStream(batch, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        Should.Throw<UsageException>(() => InputResolver.ResolveInputs([batch], root)).Message.ShouldContain("cannot be read");
    }

    [Fact]
    public void Missing_input_and_input_outside_the_root_are_usage_errors()
    {
        var root = Root(out _);
        Should.Throw<UsageException>(() => InputResolver.ResolveInputs([Path.Combine(root, "nope.csv")], root));
        Should.Throw<UsageException>(() => InputResolver.ResolveInputs([Path.Combine(root, "one.csv")], Path.Combine(root, "b")))
            .Message.ShouldContain("--source-root");
    }
}
