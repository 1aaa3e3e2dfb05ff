using Briefing.Engine.Diagnostics;

namespace Briefing.Engine.Model;

/// <summary>An id written somewhere in the input, kept with where it was written so resolution can point at it.</summary>
internal sealed record Reference(string Id, SourceLocation Location);
