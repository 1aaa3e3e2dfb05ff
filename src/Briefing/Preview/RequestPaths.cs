namespace Briefing.Preview;

/// <summary>
/// Turns a request target into a site path, refusing anything that could name a file outside the
/// built site: dot segments, backslashes, drive letters, NUL and control characters, whether written
/// plainly or percent-encoded (once or more). The preview serves from memory, so this is the second
/// line of defence, not the only one.
/// </summary>
public static class RequestPaths
{
    /// <param name="rawTarget">The request target exactly as the client sent it, e.g. <c>/briefings/a/?x=1</c>.</param>
    /// <param name="path">The decoded path, starting with '/'.</param>
    public static bool TryParse(string rawTarget, out string path)
    {
        path = string.Empty;
        var end = rawTarget.AsSpan().IndexOfAny('?', '#');
        var encoded = end < 0 ? rawTarget : rawTarget[..end];
        if (encoded.Length == 0 || encoded[0] != '/' || encoded.StartsWith("//", StringComparison.Ordinal))
        {
            return false;
        }

        var decoded = Uri.UnescapeDataString(encoded);
        if (decoded.Contains('%', StringComparison.Ordinal) || !IsSafe(encoded) || !IsSafe(decoded))
        {
            // A '%' left after decoding was encoded twice (%252e) or is not valid UTF-8: no site path has one.
            return false;
        }

        path = decoded;
        return true;
    }

    private static bool IsSafe(string path) =>
        !path.StartsWith("//", StringComparison.Ordinal)
        && !path.Any(c => c is '\\' or ':' || char.IsControl(c))
        && !path.Split('/').Any(segment => segment is "." or "..");
}
