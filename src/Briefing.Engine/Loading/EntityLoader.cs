using Briefing.Engine.Diagnostics;
using Briefing.Engine.Loading.Yaml;
using Briefing.Engine.Model;

namespace Briefing.Engine.Loading;

internal static class EntityLoader
{
    internal static readonly string[] Keys =
        ["name", "short_name", "kind", "group", "summary", "native_name", "aliases", "role", "sector", "headquarters", "website", "stake", "relations", TranslationReader.Key];

    internal static readonly string[] RelationKeys = ["to", "type", "sources"];

    public static Entity? Load(InputFile file, string id, DiagnosticBag diagnostics)
    {
        var text = TextDecoder.Decode(file, diagnostics);
        if (text is null)
        {
            return null;
        }

        var root = YamlTreeReader.Read(text, file.DisplayPath, 0, diagnostics);
        var fields = new YamlFields(root, "an entity", new SourceLocation(file.DisplayPath, 1, 1), Keys, diagnostics);
        var name = fields.Text("name", required: true);
        var kind = fields.Choice("kind", EntityKinds.All, required: true);
        var group = Group(fields, diagnostics);
        var summary = fields.Scalar("summary", required: true);
        var relations = new List<Relation>();
        foreach (var item in fields.List("relations"))
        {
            var relation = new YamlFields(item, "a relation", item.Location, RelationKeys, diagnostics);
            var to = relation.Reference("to", required: true);
            var type = relation.Choice("type", RelationTypes.All, required: true);
            var sources = relation.References("sources", required: true);
            if (to is not null && type is not null)
            {
                relations.Add(new Relation(to, type, sources, item.Location));
            }
        }

        var lined = new LinedText(text);
        var translations = TranslationReader.Read(fields, TranslatableFields.Entity, TranslatableFields.EntityMarkdown, "an entity", lined, diagnostics);
        var entity = new
        {
            ShortName = fields.Text("short_name"),
            NativeName = fields.Text("native_name"),
            Aliases = fields.TextList("aliases"),
            Role = fields.Text("role"),
            Sector = fields.Text("sector"),
            Headquarters = fields.Text("headquarters"),
            Website = fields.Text("website"),
            Stake = fields.Text("stake"),
        };
        if (name is null || kind is null || summary is null)
        {
            return null;
        }

        return new Entity(
            id,
            file.DisplayPath,
            name,
            kind,
            MarkdownTextReader.Read(summary, lined, diagnostics),
            entity.NativeName,
            entity.Aliases,
            entity.Role,
            entity.Sector,
            entity.Headquarters,
            entity.Website,
            entity.Stake,
            relations,
            fields.ValueLocation("name")!,
            entity.Website is null ? null : fields.ValueLocation("website"))
        {
            ShortName = entity.ShortName is { Length: > 0 } shortName ? shortName : null,
            Group = group,
            Translations = translations,
        };
    }

    /// <summary>The entity's group; one outside the fixed set is reported and the entity shown with the others.</summary>
    private static string Group(YamlFields fields, DiagnosticBag diagnostics)
    {
        var group = fields.Text("group");
        if (group is null || EntityGroups.All.Contains(group))
        {
            return group ?? EntityGroups.Other;
        }

        diagnostics.Report(DiagnosticCodes.UnknownEntityGroup, fields.ValueLocation("group")!, $"'{group}' is not a group{Suggestions.DidYouMean(group, EntityGroups.All)} (allowed: {string.Join(", ", EntityGroups.All)})");
        return EntityGroups.Other;
    }
}
