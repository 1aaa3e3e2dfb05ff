using System.Text;
using System.Text.Json;
using Briefing.Tests.Infrastructure;
using Snapshooter;
using Snapshooter.Core;
using Snapshooter.Core.Serialization;
using Snapshooter.Xunit;
using Xunit.Sdk;

namespace Briefing.Tests.Snapshots;

/// <summary>
/// Snapshooter's match of a page kept as one line per array item, with what a writer needs around it: a failure
/// shows the changed lines as a unified diff and the command that accepts them; with
/// <c>BRIEFING_UPDATE_SNAPSHOTS=true</c> (what <c>./update-snapshots</c> sets) a changed or missing snapshot is
/// rewritten instead and its diff added to <see cref="ChangesFile"/>.
/// </summary>
public static class PageSnapshot
{
    public const string UpdateVariable = "BRIEFING_UPDATE_SNAPSHOTS";

    /// <summary>The one command that accepts every intended change, documented in the README.</summary>
    public const string UpdateCommand = "./update-snapshots";

    /// <summary>At most this many diff lines go into a failure message; the update command prints them all.</summary>
    private const int MessageLines = 200;

    private static readonly Lock ChangesGate = new();

    /// <summary>Where an update run writes the diff of every snapshot it changed, for the update command to print.</summary>
    public static string ChangesFile => Path.Combine(RepoPaths.Root, "artifacts", "snapshot-changes.diff");

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) is "true" or "1";

    public static void Match(string[] lines, SnapshotNameExtension name)
    {
        var fullName = Snapshot.FullName(name);
        var file = FilePath(fullName);
        var kept = File.Exists(file) ? Read(file) : null;
        if (Updating)
        {
            Update(fullName, file, kept, lines);
            return;
        }

        try
        {
            Snapshot.Match(lines, fullName);
        }
        catch (Exception ex)
        {
            throw new XunitException(kept is null ? Missing(file, ex) : Mismatch(file, kept, lines), ex);
        }
    }

    /// <summary>The text of a snapshot file as Snapshooter writes it, so an update changes only the lines that changed.</summary>
    public static string Serialize(string[] lines) =>
        new SnapshotSerializer(new GlobalSnapshotSettingsResolver()).SerializeObject(lines);

    /// <summary>The lines a snapshot file holds.</summary>
    public static string[] Read(string file) =>
        JsonSerializer.Deserialize<string[]>(File.ReadAllText(file, Encoding.UTF8)) ?? [];

    /// <summary>The failure of a page that no longer matches: the diff, then what to do.</summary>
    public static string Mismatch(string file, IReadOnlyList<string> kept, IReadOnlyList<string> built)
    {
        var diff = LineDiff.Unified(kept, built, Relative(file), "the page as built now").Split('\n');
        var shown = diff.Length <= MessageLines ? string.Join('\n', diff) : string.Join('\n', diff.Take(MessageLines)) + $"\n… {diff.Length - MessageLines} more lines";
        return $"The page differs from its snapshot {Relative(file)}:\n{shown}\n"
            + $"If the change is intended, run {UpdateCommand}: it rewrites the snapshots and prints every page's diff. Review them and commit the .snap files with the change.";
    }

    private static string Missing(string file, Exception ex) =>
        $"There is no snapshot {Relative(file)} ({ex.Message}). Run {UpdateCommand} to write it, review it and commit it.";

    private static void Update(SnapshotFullName fullName, string file, string[]? kept, string[] lines)
    {
        if (kept is not null && kept.SequenceEqual(lines, StringComparer.Ordinal))
        {
            return;
        }

        new SnapshotFileHandler().SaveNewSnapshot(fullName, Serialize(lines));
        var diff = LineDiff.Unified(kept ?? [], lines, kept is null ? "/dev/null" : Relative(file), Relative(file));
        lock (ChangesGate)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(ChangesFile)!);
            File.AppendAllText(ChangesFile, diff);
        }
    }

    private static string FilePath(SnapshotFullName fullName)
    {
        var name = fullName.Filename.EndsWith(".snap", StringComparison.Ordinal) ? fullName.Filename : fullName.Filename + ".snap";
        return Path.Combine(fullName.FolderPath, "__snapshots__", name);
    }

    private static string Relative(string file) => Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/');
}
