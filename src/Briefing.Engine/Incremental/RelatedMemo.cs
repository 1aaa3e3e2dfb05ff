using System.Collections.Concurrent;
using Briefing.Engine.Loading;
using Briefing.Engine.Output;
using Briefing.Engine.Resolution;

namespace Briefing.Engine.Incremental;

/// <summary>
/// The related briefings each edition's last build found, kept in a file of the build cache under the hash of the
/// subjects they were found from: matching every briefing against the site was a tenth of an edit's processor time on
/// a site whose companies are named unevenly, and an edit of a briefing's words leaves every briefing's subjects as
/// they were. The file is trusted only whole, and written again only when this build found a list it did not hold or
/// no longer asked for one it did.
/// </summary>
/// <param name="proveFound">Finds the lists even when they are kept, and throws when they differ: for the tests, as <see cref="OutputMemo"/> does.</param>
internal sealed class RelatedMemo(string folder, bool proveFound = false) : IResolutionMemo
{
    /// <summary>Changes when the layout below does.</summary>
    private const int Format = 1;

    public const string FileName = "related.bin";

    private static ReadOnlySpan<byte> Magic => "BRIEFING-RELATED\n"u8;

    private readonly Lazy<Dictionary<UInt128, int[][]>?> _kept = new(() => CacheReader.Read(folder, FileName) is { } bytes ? Read(bytes) : null);
    private readonly ConcurrentDictionary<UInt128, int[][]> _used = new();
    private int _found;

    /// <summary>How many editions' lists this build found rather than took from the cache.</summary>
    public int Found => _found;

    /// <summary>The module whose code finds related briefings: this engine's.</summary>
    private static string Key() => SearchMemo.Key();

    public int[][] Related(UInt128 subjects, Func<int[][]> find)
    {
        if (_kept.Value?.GetValueOrDefault(subjects) is { } kept)
        {
            if (proveFound && !Same(kept, find()))
            {
                throw new InvalidOperationException("the related briefings changed though the subjects they are found from did not");
            }

            return _used[subjects] = kept;
        }

        Interlocked.Increment(ref _found);
        return _used[subjects] = find();
    }

    /// <summary>Writes the file again when this build's lists are not exactly those it holds.</summary>
    /// <returns>Whether the file was written.</returns>
    public bool Save()
    {
        if (_kept.Value is { } kept && kept.Count == _used.Count && _used.Keys.All(kept.ContainsKey))
        {
            return false;
        }

        return CacheWriter.Write(folder, FileName, stream => CacheFile.Write(stream, Magic, Format, Key(), writer =>
        {
            var lists = _used.OrderBy(u => u.Key).ToList();
            writer.Write(lists.Count);
            foreach (var (subjects, related) in lists)
            {
                CacheFile.WriteUInt128(writer, subjects);
                writer.Write(related.Length);
                foreach (var briefing in related)
                {
                    writer.Write7BitEncodedInt(briefing.Length);
                    foreach (var place in briefing)
                    {
                        writer.Write7BitEncodedInt(place);
                    }
                }
            }
        }));
    }

    private static Dictionary<UInt128, int[][]>? Read(byte[] bytes) =>
        CacheFile.Read(bytes, Magic, Format, Key(), reader =>
        {
            var count = reader.ReadInt32();
            var lists = new Dictionary<UInt128, int[][]>();
            for (var l = 0; l < count; l++)
            {
                var subjects = CacheFile.ReadUInt128(reader);
                var briefings = reader.ReadInt32();

                // Each briefing's list takes a byte at least, so a count the rest of the file cannot hold is damage, not lists to allocate.
                if (briefings < 0 || briefings > reader.BaseStream.Length - reader.BaseStream.Position)
                {
                    throw new FormatException($"{briefings} briefings");
                }

                var related = new int[briefings][];
                for (var b = 0; b < briefings; b++)
                {
                    related[b] = new int[reader.Read7BitEncodedInt()];
                    for (var i = 0; i < related[b].Length; i++)
                    {
                        var place = reader.Read7BitEncodedInt();
                        related[b][i] = place >= 0 && place < briefings && place != b ? place : throw new FormatException($"briefing {place} related to {b} of {briefings}");
                    }
                }

                lists[subjects] = related;
            }

            return lists;
        });

    private static bool Same(int[][] kept, int[][] found) =>
        kept.Length == found.Length && kept.Zip(found).All(pair => pair.First.AsSpan().SequenceEqual(pair.Second));
}
