using System.Runtime.InteropServices;

namespace Briefing.Tests.Infrastructure;

/// <summary>File system objects .NET cannot make: named pipes, and names that are not valid UTF-8.</summary>
public static partial class UnixFiles
{
    public static void CreateNamedPipe(string path)
    {
        if (MakeFifo(path, Convert.ToUInt32("644", 8)) != 0)
        {
            throw new IOException($"mkfifo '{path}' failed with error {Marshal.GetLastPInvokeError()}");
        }
    }

    /// <summary>Creates an empty file in <paramref name="folder"/> whose name is the given bytes.</summary>
    public static void CreateFileNamedByBytes(string folder, byte[] name)
    {
        byte[] path = [.. System.Text.Encoding.UTF8.GetBytes(folder + "/"), .. name, 0];
        const int WriteOnlyCreate = 0x1 | 0x40;
        var handle = Open(path, WriteOnlyCreate, Convert.ToUInt32("644", 8));
        if (handle < 0)
        {
            throw new IOException($"creating a file in '{folder}' failed with error {Marshal.GetLastPInvokeError()}");
        }

        _ = Close(handle);
    }

    [LibraryImport("libc", EntryPoint = "mkfifo", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int MakeFifo(string path, uint mode);

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true)]
    private static partial int Open(byte[] path, int flags, uint mode);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int handle);
}
