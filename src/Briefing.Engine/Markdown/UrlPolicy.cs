namespace Briefing.Engine.Markdown;

/// <summary>Which URLs may appear in content: https anywhere, and site-relative paths or fragments in Markdown.</summary>
internal static class UrlPolicy
{
    // The prefix is tested first: parsing is the dear part, and a site's own links ("/entities/sony/") parse as file paths.
    public static bool IsHttps(string url) =>
        url.StartsWith("https://", StringComparison.Ordinal)
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && !string.IsNullOrEmpty(uri.Host)
        && !url.Any(char.IsControl);

    /// <summary>A path on this site: "/entities/sony/" or "#fragment"; never "//host" or a scheme.</summary>
    public static bool IsSiteRelative(string url)
    {
        if (url.Length == 0 || !((url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal)) || url[0] == '#'))
        {
            return false;
        }

        foreach (var c in url)
        {
            if (char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\')
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsAllowedInMarkdown(string url) => IsHttps(url) || IsSiteRelative(url);

    /// <summary>An address the site can be published at: absolute http(s), a host, no user, query or fragment.</summary>
    public static bool IsSiteBase(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("http://", StringComparison.Ordinal))
        && !string.IsNullOrEmpty(uri.Host)
        && uri.UserInfo.Length == 0
        && uri.Query.Length == 0
        && uri.Fragment.Length == 0
        && !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c is '"' or '\'' or '<' or '>' or '\\');
}
