using Briefing.Engine.Diagnostics;
using Briefing.Engine.Media;
using Briefing.Engine.Resolution;

namespace Briefing.Engine.Rendering;

/// <summary>Publishes the files of every image a text shows, an image per thread, each through the memo.</summary>
internal static class ImageFiles
{
    public static void Render(IReadOnlyList<PlannedImage> images, IRenderedFiles output, IImageMemo memo, DiagnosticBag diagnostics)
    {
        Parallel.ForEach(images, planned =>
        {
            var encoded = memo.Encode(ImageVariants.Key(planned.Image), planned.Image, planned.Variants, diagnostics);
            foreach (var file in encoded?.Files ?? [])
            {
                output.Add(file.Path, file.Content);
            }
        });
    }
}
