using System.Security.Cryptography;
using Briefing.Engine.Model;

namespace Briefing.Engine.Rendering;

/// <summary>Theme assets under content-hashed names, so /assets/ can be cached for a year.</summary>
internal sealed class AssetManifest
{
    private readonly Dictionary<string, string> _urls = new(StringComparer.Ordinal);

    public AssetManifest(Theme theme)
    {
        foreach (var asset in theme.Assets)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(asset.Content))[..12];
            var dot = asset.Name.LastIndexOf('.');
            var hashed = dot < 0 ? $"{asset.Name}.{hash}" : $"{asset.Name[..dot]}.{hash}{asset.Name[dot..]}";
            _urls[asset.Name] = "/assets/" + hashed;
            Files.Add(("assets/" + hashed, asset.Content));
        }
    }

    public List<(string Path, byte[] Content)> Files { get; } = [];

    public string? Url(string name) => _urls.GetValueOrDefault(name);

    /// <summary>Every asset address in one string: equal keys mean every <c>asset</c> call answers the same.</summary>
    public string Key => string.Join('\n', _urls.OrderBy(u => u.Key, StringComparer.Ordinal).Select(u => $"{u.Key} {u.Value}"));
}
