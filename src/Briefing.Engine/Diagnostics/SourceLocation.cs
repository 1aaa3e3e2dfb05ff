namespace Briefing.Engine.Diagnostics;

/// <summary>A 1-based position in a file, the path relative to the site root with '/'.</summary>
public sealed record SourceLocation(string Path, int Line = 0, int Column = 0) : IComparable<SourceLocation>
{
    public static SourceLocation None { get; } = new(string.Empty);

    public SourceLocation At(int line, int column) => this with { Line = line, Column = column };

    public int CompareTo(SourceLocation? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byPath = string.CompareOrdinal(Path, other.Path);
        if (byPath != 0)
        {
            return byPath;
        }

        return Line != other.Line ? Line.CompareTo(other.Line) : Column.CompareTo(other.Column);
    }

    public override string ToString() => Line > 0 ? $"{Path}({Line},{Column})" : Path;
}
