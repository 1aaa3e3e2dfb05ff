using Tomlyn;
using Tomlyn.Model;
using Tomlyn.Serialization;

namespace Briefing.Publishing;

/// <summary>netlify.toml as the publisher reads it; the preview server sends the same headers so CSP breakage shows locally.</summary>
public sealed record NetlifyConfig(string? Command, string? Publish, IReadOnlyList<HeaderRule> Headers)
{
    public static NetlifyConfig Parse(string toml)
    {
        var model = TomlSerializer.Deserialize(toml, NetlifyToml.Default.TomlTable)
            ?? throw new FormatException("netlify.toml is empty");
        var build = model.TryGetValue("build", out var b) ? b as TomlTable : null;
        var rules = new List<HeaderRule>();
        if (model.TryGetValue("headers", out var h) && h is TomlTableArray headerTables)
        {
            foreach (var table in headerTables)
            {
                var values = table.TryGetValue("values", out var v) && v is TomlTable t
                    ? t.ToDictionary(kv => kv.Key, kv => Convert.ToString(kv.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty)
                    : [];
                rules.Add(new HeaderRule((string)table["for"], values));
            }
        }

        return new NetlifyConfig(build?["command"] as string, build?["publish"] as string, rules);
    }

    /// <summary>Reads netlify.toml from <paramref name="folder"/> or the nearest folder above it; null when there is none.</summary>
    public static NetlifyConfig? Find(string folder)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(folder)); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "netlify.toml");
            if (File.Exists(path))
            {
                return Parse(File.ReadAllText(path));
            }
        }

        return null;
    }
}

/// <summary>netlify.toml read as plain tables, with the reader generated when the program is compiled rather than found by reflection.</summary>
[TomlSerializable(typeof(TomlTable))]
internal sealed partial class NetlifyToml : TomlSerializerContext;
