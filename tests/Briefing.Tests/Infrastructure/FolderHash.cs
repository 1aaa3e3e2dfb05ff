using System.Security.Cryptography;

namespace Briefing.Tests.Infrastructure;

/// <summary>Every folder, file and link under a folder with a hash of each file, so "byte-identical" is one string comparison.</summary>
public static class FolderHash
{
    public static string Of(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return "(no folder)";
        }

        var lines = new List<string>();
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var relative = Path.GetRelativePath(folder, entry.FullName).Replace('\\', '/');
            lines.Add(entry switch
            {
                _ when entry.LinkTarget is not null => $"link {relative} -> {entry.LinkTarget}",
                DirectoryInfo => $"folder {relative}",
                _ => $"file {relative} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry.FullName)))}",
            });
        }

        lines.Sort(StringComparer.Ordinal);
        return string.Join('\n', lines);
    }
}
