using System.Text.RegularExpressions;
using Briefing.Engine;
using Briefing.Engine.Diagnostics;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Architecture;

/// <summary>Rules of the architecture that code review alone would let slip, checked on the source text and the built assembly.</summary>
public sealed partial class ArchitectureTests
{
    private const string Engine = "src/Briefing.Engine/";

    [Fact]
    public void Engine_DoesNotReferenceAspNet()
    {
        var references = typeof(SiteBuilder).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty);

        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public void Source_WritesToDisk_OnlyInOutput()
    {
        var offenders = Calls(WriteCall()).Where(c => !c.File.StartsWith(Engine + "Output/", StringComparison.Ordinal)).ToList();

        Assert.True(offenders.Count == 0, "disk writes outside Output/:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void Source_ReadsFiles_OnlyInLoading()
    {
        var offenders = Calls(ReadCall()).Where(c => !c.File.StartsWith(Engine + "Loading/", StringComparison.Ordinal)).ToList();

        Assert.True(offenders.Count == 0, "file reads outside Loading/:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void Source_ListsFolders_OnlyInLoadingAndOutput()
    {
        // Output lists its own folder's surroundings (leftovers of an interrupted build, files it did not write); nothing else may list.
        var offenders = Calls(ListCall())
            .Where(c => !c.File.StartsWith(Engine + "Loading/", StringComparison.Ordinal) && !c.File.StartsWith(Engine + "Output/", StringComparison.Ordinal))
            .ToList();

        Assert.True(offenders.Count == 0, "folder listings outside Loading/ and Output/:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void Source_UsesTheMarkdownParser_OnlyInLoadingAndMarkdown()
    {
        // Loading walks each tree for its outline and HTML and lets it go, so the model and every later stage work from
        // those alone; the build cache names Markdig's module only to know whose parse it keeps.
        var engine = Path.Combine(RepoPaths.Root, "src", "Briefing.Engine");
        var offenders = Directory.EnumerateFiles(engine, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f))
            .Select(f => (File: Path.GetRelativePath(engine, f).Replace('\\', '/'), Lines: File.ReadAllLines(f)))
            .Where(f => !f.File.StartsWith("Loading/", StringComparison.Ordinal) && !f.File.StartsWith("Markdown/", StringComparison.Ordinal))
            .SelectMany(f => f.Lines.Select((line, i) => (f.File, Line: i + 1, Code: WithoutComment(line).Replace("typeof(Markdig.Markdown)", string.Empty, StringComparison.Ordinal))))
            .Where(l => Regex.IsMatch(l.Code, @"(?<![\w.])Markdig\."))
            .Select(l => $"{l.File}({l.Line}): {l.Code.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, "the Markdown parser used outside Loading/ and Markdown/:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void LoadedSite_HoldsNoMarkdownTree()
    {
        // The tree never leaves Loading: everything a later stage reads of a text is in its outline and HTML.
        var offenders = new List<string>();
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>([typeof(Briefing.Engine.Model.LoadedSite)]);
        while (pending.TryPop(out var type))
        {
            if (!seen.Add(type) || type.Assembly != typeof(SiteBuilder).Assembly)
            {
                continue;
            }

            foreach (var property in type.GetProperties())
            {
                var types = new[] { property.PropertyType }.Concat(property.PropertyType.GetGenericArguments());
                foreach (var held in types.Select(t => Nullable.GetUnderlyingType(t) ?? t))
                {
                    if (held.Assembly == typeof(Markdig.Syntax.MarkdownDocument).Assembly)
                    {
                        offenders.Add($"{type.Name}.{property.Name}: {held.FullName}");
                    }

                    pending.Push(held);
                }
            }
        }

        Assert.True(offenders.Count == 0, "Markdig types reachable from what Loading hands on:\n" + string.Join('\n', offenders));
        Assert.Contains(typeof(Briefing.Engine.Model.MarkdownText), seen);
    }

    [Fact]
    public void Source_Rules_RecogniseTheCallsTheyForbid()
    {
        Assert.Matches(WriteCall(), "File.WriteAllBytes(path, content);");
        Assert.Matches(WriteCall(), "Directory.Move(a, b)");
        Assert.Matches(WriteCall(), "Directory.CreateDirectory(staging)");
        Assert.Matches(WriteCall(), "File.Move (a, b)");
        Assert.Matches(WriteCall(), "File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write)");
        Assert.Matches(WriteCall(), "RandomAccess.Write(handle, content, 0)");
        Assert.DoesNotMatch(ReadCall(), "File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write)");
        Assert.Matches(ReadCall(), "File.OpenHandle(path, FileMode.Open)");
        Assert.Matches(ReadCall(), "RandomAccess.Read(handle, buffer, 0)");
        Assert.Matches(ReadCall(), "File.ReadAllBytes(path)");
        Assert.Matches(ReadCall(), "File.OpenRead(path)");
        Assert.Matches(ReadCall(), "Directory.EnumerateFiles(path)");
        Assert.Matches(ListCall(), "new DirectoryInfo(x).EnumerateFileSystemInfos()");
        Assert.DoesNotMatch(WriteCall(), "File.Exists(path)");
        Assert.Contains(Calls(WriteCall()), c => c.File == Engine + "Output/StagedOutput.cs");
        Assert.Contains(Calls(ReadCall()), c => c.File == Engine + "Loading/InputReader.cs");
    }

    [Fact]
    public void Engine_DoesNotReferenceAspNetCore()
    {
        var references = typeof(SiteBuilder).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty).ToList();
        var project = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "Briefing.Engine", "Briefing.Engine.csproj"));

        Assert.Contains("Markdig", references);
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain("Microsoft.AspNetCore", project, StringComparison.Ordinal);
    }

    [Fact]
    public void DiagnosticCodes_EveryCode_IsInTheReadmeTable()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

        Assert.All(DiagnosticCodes.All, code => Assert.Contains($"| {code.Id} |", readme, StringComparison.Ordinal));
    }

    [Fact]
    public void DiagnosticCodes_AreUniqueAndFollowTheStageNumbering()
    {
        Assert.Equal(DiagnosticCodes.All.Count, DiagnosticCodes.All.Select(c => c.Id).Distinct().Count());
        Assert.All(DiagnosticCodes.All, c => Assert.Matches("^BRF[1-4][0-9]{3}$", c.Id));
        var declared = typeof(DiagnosticCodes).GetFields().Where(f => f.FieldType == typeof(DiagnosticCode)).Select(f => (DiagnosticCode)f.GetValue(null)!);
        Assert.Equal(declared.Select(c => c.Id).Order(), DiagnosticCodes.All.Select(c => c.Id).Order());
    }

    [Fact]
    public void Engine_PublicTypes_AreOnlyWhatTheProgramAndAnEmbedderNeed()
    {
        string[] expected =
        [
            "Briefing.Engine.BuildOptions", "Briefing.Engine.BuildOutcome", "Briefing.Engine.BuildResult", "Briefing.Engine.CachedBuildOutcome",
            "Briefing.Engine.CheckResult", "Briefing.Engine.SiteBuilder", "Briefing.Engine.SiteSession", "Briefing.Engine.WriteResult",
            "Briefing.Engine.Diagnostics.BuildProgress", "Briefing.Engine.Diagnostics.BuildStage", "Briefing.Engine.Diagnostics.Diagnostic",
            "Briefing.Engine.Diagnostics.DiagnosticBag", "Briefing.Engine.Diagnostics.DiagnosticCode", "Briefing.Engine.Diagnostics.DiagnosticCodes",
            "Briefing.Engine.Diagnostics.DiagnosticText", "Briefing.Engine.Diagnostics.Severity", "Briefing.Engine.Diagnostics.SourceLocation",
            "Briefing.Engine.Diagnostics.Suggestions",
            "Briefing.Engine.Incremental.BuildStatistics",
            "Briefing.Engine.Loading.Ids", "Briefing.Engine.Loading.InputCache", "Briefing.Engine.Loading.InputFile", "Briefing.Engine.Loading.InputReader",
            "Briefing.Engine.Loading.SiteInput",
            "Briefing.Engine.Markdown.HtmlText",
            "Briefing.Engine.Model.DraftBriefing", "Briefing.Engine.Model.EntityKinds",
            "Briefing.Engine.Output.SiteWriter",
            "Briefing.Engine.Rendering.RenderedSite",
        ];

        var exported = typeof(SiteBuilder).Assembly.GetExportedTypes().Select(t => t.FullName!).Order(StringComparer.Ordinal);

        Assert.Equal(expected.Order(StringComparer.Ordinal), exported);
    }

    [Fact]
    public void Engine_Folders_UseEachOtherWithoutACycle()
    {
        var engine = Path.Combine(RepoPaths.Root, "src", "Briefing.Engine");
        var folders = Directory.GetDirectories(engine).Select(Path.GetFileName).OfType<string>().Where(n => n is not ("bin" or "obj")).ToList();
        var rootTypes = typeof(SiteBuilder).Assembly.GetTypes()
            .Where(t => t.Namespace == "Briefing.Engine" && !t.IsNested && !t.Name.Contains('<', StringComparison.Ordinal))
            .Select(t => t.Name.Split('`')[0])
            .ToList();
        var uses = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(engine, "*.cs", SearchOption.AllDirectories).Where(f => !IsBuildOutput(f)))
        {
            var parts = Path.GetRelativePath(engine, file).Replace('\\', '/').Split('/');
            var here = parts.Length > 1 ? parts[0] : "(root)";
            var code = string.Join('\n', File.ReadAllLines(file).Select(WithoutComment));
            var used = uses.TryGetValue(here, out var set) ? set : uses[here] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var folder in folders.Where(f => f != here))
            {
                // A using directive, a fully qualified name, or a name qualified from inside the engine's namespace.
                if (Regex.IsMatch(code, $@"\bBriefing\.Engine\.{folder}\b|(?<![\w.]){folder}\.[A-Z]\w*\.[A-Z]"))
                {
                    used.Add(folder);
                }
            }

            if (here != "(root)" && rootTypes.Any(t => Regex.IsMatch(code, $@"\b{t}\b")))
            {
                used.Add("(root)");
            }
        }

        var cycles = uses.SelectMany(a => a.Value.Where(b => uses.TryGetValue(b, out var back) && Reaches(uses, b, a.Key)).Select(b => $"{a.Key} → {b}")).ToList();

        Assert.True(cycles.Count == 0, "folders that reach each other:\n" + string.Join('\n', cycles));
    }

    private static bool Reaches(Dictionary<string, HashSet<string>> uses, string from, string to)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>([from]);
        while (stack.TryPop(out var folder))
        {
            if (folder == to)
            {
                return true;
            }

            if (seen.Add(folder) && uses.TryGetValue(folder, out var next))
            {
                foreach (var n in next)
                {
                    stack.Push(n);
                }
            }
        }

        return false;
    }

    private static List<(string File, int Line, string Code)> Calls(Regex call)
    {
        var calls = new List<(string, int, string)>();
        // The rules are the engine's: the command-line program may scaffold input files (new) and read its publishing config.
        var src = Path.Combine(RepoPaths.Root, "src");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(src, "Briefing.Engine"), "*.cs", SearchOption.AllDirectories).Where(f => !IsBuildOutput(f)))
        {
            var relative = "src/" + Path.GetRelativePath(src, file).Replace('\\', '/');
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var code = WithoutComment(lines[i]);
                if (call.IsMatch(code))
                {
                    calls.Add((relative, i + 1, code.Trim()));
                }
            }
        }

        return calls;
    }

    private static string WithoutComment(string line)
    {
        var comment = line.IndexOf("//", StringComparison.Ordinal);
        return comment < 0 || line.LastIndexOf('"', comment) >= 0 ? line : line[..comment];
    }

    private static bool IsBuildOutput(string path)
    {
        var parts = path.Replace('\\', '/').Split('/');
        return parts.Contains("bin") || parts.Contains("obj");
    }

    [GeneratedRegex(@"\b(File\s*\.\s*(Write\w*|Append\w*|Create\w*|Delete|Move|Copy|Replace|SetAttributes|Set\w*Time\w*|OpenWrite|OpenHandle(?=\([^)]*FileAccess\.(Read)?Write\b))|RandomAccess\s*\.\s*Write\w*|Directory\s*\.\s*(Create\w*|Delete|Move|Set\w*Time\w*)|new\s+FileStream|\.MoveTo)\s*\(")]
    private static partial Regex WriteCall();

    [GeneratedRegex(@"\b(File\s*\.\s*(Read\w*|Open(?!Handle\([^)]*FileAccess\.Write\b)\w*)|RandomAccess\s*\.\s*Read\w*|Directory\s*\.\s*(Enumerate\w*|Get(Files|Directories|FileSystemEntries))|new\s+FileStream|new\s+StreamReader)\s*\(")]
    private static partial Regex ReadCall();

    [GeneratedRegex(@"(\bDirectory\s*\.\s*(Enumerate\w*|Get(Files|Directories|FileSystemEntries))|\.Enumerate(Files|Directories|FileSystemInfos)|\.Get(Files|Directories|FileSystemInfos))\s*\(")]
    private static partial Regex ListCall();
}
