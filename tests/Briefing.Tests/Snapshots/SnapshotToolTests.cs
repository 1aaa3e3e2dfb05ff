using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Snapshots;

/// <summary>The diff a snapshot failure shows and the update command prints, and the files an update writes.</summary>
public sealed class SnapshotToolTests
{
    [Fact]
    public void Unified_SameLines_IsEmpty()
    {
        Assert.Equal(string.Empty, LineDiff.Unified(["a", "b"], ["a", "b"], "old", "new"));
    }

    [Fact]
    public void Unified_LineAddedInTheMiddle_ShowsOneHunkWithContext()
    {
        string[] before = ["1", "2", "3", "4", "5", "6", "7", "8"];
        string[] after = ["1", "2", "3", "4", "new", "5", "6", "7", "8"];

        var diff = LineDiff.Unified(before, after, "old", "new");

        Assert.Equal("--- old\n+++ new\n@@ -2,6 +2,7 @@\n 2\n 3\n 4\n+new\n 5\n 6\n 7\n", diff);
    }

    [Fact]
    public void Unified_ChangesFarApart_MakeTwoHunks()
    {
        var before = Enumerable.Range(1, 20).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var after = before.Select(l => l is "2" or "18" ? l + "!" : l).ToArray();

        var diff = LineDiff.Unified(before, after, "old", "new");

        Assert.Equal(
            "--- old\n+++ new\n@@ -1,5 +1,5 @@\n 1\n-2\n+2!\n 3\n 4\n 5\n@@ -15,6 +15,6 @@\n 15\n 16\n 17\n-18\n+18!\n 19\n 20\n",
            diff);
    }

    [Fact]
    public void Unified_EverythingRemoved_CountsFromZero()
    {
        Assert.Equal("--- old\n+++ new\n@@ -1,2 +0,0 @@\n-a\n-b\n", LineDiff.Unified(["a", "b"], [], "old", "new"));
        Assert.Equal("--- old\n+++ new\n@@ -0,0 +1,1 @@\n+a\n", LineDiff.Unified([], ["a"], "old", "new"));
    }

    [Fact]
    public void Mismatch_NamesTheFileShowsTheDiffAndTheCommand()
    {
        var file = Path.Combine(RepoPaths.Root, "tests", "Briefing.Tests", "Snapshots", "__snapshots__", "x.snap");

        var message = PageSnapshot.Mismatch(file, ["<h1>A</h1>", "<p>old</p>"], ["<h1>A</h1>", "<p>new</p>"]);

        Assert.Contains("The page differs from its snapshot tests/Briefing.Tests/Snapshots/__snapshots__/x.snap:\n--- tests/Briefing.Tests/Snapshots/__snapshots__/x.snap\n+++ the page as built now\n@@ -1,2 +1,2 @@\n <h1>A</h1>\n-<p>old</p>\n+<p>new</p>\n", message, StringComparison.Ordinal);
        Assert.Contains("run ./update-snapshots", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_EverySnapshotReadBack_IsTheFileAsSnapshooterWroteIt()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "Briefing.Tests", "Snapshots", "__snapshots__"), "*.snap");

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.Equal(File.ReadAllText(file), PageSnapshot.Serialize(PageSnapshot.Read(file))));
    }

    [Fact]
    public void UpdateScript_RunsTheSnapshotTestsInUpdateMode()
    {
        var script = File.ReadAllText(Path.Combine(RepoPaths.Root, "update-snapshots"));

        Assert.Contains($"{PageSnapshot.UpdateVariable}=true dotnet test tests/Briefing.Tests --filter \"FullyQualifiedName~Briefing.Tests.Snapshots.PageSnapshotTests\"", script, StringComparison.Ordinal);
        Assert.Contains("artifacts/snapshot-changes.diff", script, StringComparison.Ordinal);
        Assert.EndsWith(Path.Combine("artifacts", "snapshot-changes.diff"), PageSnapshot.ChangesFile, StringComparison.Ordinal);
    }
}
