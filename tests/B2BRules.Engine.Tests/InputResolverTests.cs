using B2BRules.Engine.Checking;
using B2BRules.Engine.Input;

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

    /// <summary>A link back up the tree (d/loop -> d) used to make the same file be checked 40 times, until ELOOP.</summary>
    [Fact]
    public void A_symlinked_directory_is_not_followed_and_each_real_file_is_checked_once()
    {
        var root = Root(out _);
        Directory.CreateSymbolicLink(Path.Combine(root, "b", "loop"), Path.Combine(root, "b"));
        Directory.CreateSymbolicLink(Path.Combine(root, "mirror"), Path.Combine(root, "b"));
        File.CreateSymbolicLink(Path.Combine(root, "b", "alias.csv"), Path.Combine(root, "one.csv"));

        InputResolver.ResolveInputs([root], root).Select(f => InputResolver.DisplayPath(f, root)).ShouldBe(["b/two.csv", "one.csv"]);
        InputResolver.ResolveInputs([Path.Combine(root, "**", "*.csv")], root).Select(f => InputResolver.DisplayPath(f, root)).ShouldBe(["b/two.csv", "one.csv"]);
    }

    /// <summary>A link named on the command line is what the user asked for: it is followed, as ripgrep does.</summary>
    [Fact]
    public void A_symlinked_directory_named_as_input_is_followed()
    {
        var root = Root(out _);
        Directory.CreateSymbolicLink(Path.Combine(root, "mirror"), Path.Combine(root, "b"));
        InputResolver.ResolveInputs([Path.Combine(root, "mirror")], root).Select(f => InputResolver.DisplayPath(f, root)).ShouldBe(["mirror/two.csv"]);
        InputResolver.ResolveInputs([Path.Combine(root, "mirror"), Path.Combine(root, "b")], root).Select(f => InputResolver.DisplayPath(f, root))
            .ShouldBe(["b/two.csv"], "the same real file, named twice: listed by its real path");
    }
}
