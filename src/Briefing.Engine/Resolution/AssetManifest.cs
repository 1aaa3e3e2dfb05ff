using System.Security.Cryptography;
using System.Text;
using Briefing.Engine.Model;

namespace Briefing.Engine.Resolution;

/// <summary>Theme assets under content-hashed names, so /assets/ can be cached for a year; stylesheets are minified.</summary>
internal sealed class AssetManifest
{
    private readonly Dictionary<string, string> _urls = new(StringComparer.Ordinal);

    public AssetManifest(Theme theme)
    {
        foreach (var asset in theme.Assets)
        {
            var content = asset.Name.EndsWith(".css", StringComparison.Ordinal)
                ? Encoding.UTF8.GetBytes(CssMinifier.Minify(Encoding.UTF8.GetString(asset.Content).TrimStart('\uFEFF')))
                : asset.Content;
            var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..12];
            var dot = asset.Name.LastIndexOf('.');
            var hashed = dot < 0 ? $"{asset.Name}.{hash}" : $"{asset.Name[..dot]}.{hash}{asset.Name[dot..]}";
            _urls[asset.Name] = "/assets/" + hashed;
            Files.Add(("assets/" + hashed, content));
        }
    }

    public List<(string Path, byte[] Content)> Files { get; } = [];

    public string? Url(string name) => _urls.GetValueOrDefault(name);

    /// <summary>Every asset address in one string: equal keys mean every <c>asset</c> call answers the same.</summary>
    public string Key => string.Join('\n', _urls.OrderBy(u => u.Key, StringComparer.Ordinal).Select(u => $"{u.Key} {u.Value}"));
}
