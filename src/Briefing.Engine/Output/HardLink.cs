using System.Runtime.InteropServices;

namespace Briefing.Engine.Output;

/// <summary>A second name for an existing file, on systems whose C library has <c>link</c>.</summary>
internal static partial class HardLink
{
    /// <summary>Gives the file at <paramref name="existing"/> the further name <paramref name="added"/>; false when the system or the file system has no hard links, or the link could not be made.</summary>
    public static bool TryCreate(string existing, string added)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        try
        {
            return Link(existing, added) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string added);
}
