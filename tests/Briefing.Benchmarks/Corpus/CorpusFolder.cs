using System.Text;

namespace Briefing.Benchmarks.Corpus;

/// <summary>
/// Puts generated files in a folder, writing only those whose bytes differ and deleting only those the folder
/// should no longer hold. Deleting and writing a corpus that did not change frees and takes thousands of inodes
/// just before the timed builds, and on a journal-less ext4 (this machine's) freshly freed inodes make creating
/// every file slower for the next minute: it added seconds of kernel time to whichever builds ran first.
/// </summary>
internal static class CorpusFolder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="keep">Files the folder holds that are not among <paramref name="files"/> but must stay (images written apart).</param>
    public static void Write(string folder, IEnumerable<CorpusFile> files, Func<string, bool>? keep = null)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var path = Path.GetFullPath(Path.Combine(folder, file.Path));
            wanted.Add(path);
            var bytes = Utf8.GetBytes(file.Text);
            if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }

        foreach (var stale in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => !wanted.Contains(Path.GetFullPath(f)) && keep?.Invoke(Path.GetFullPath(f)) != true).ToList())
        {
            File.Delete(stale);
        }
    }
}
