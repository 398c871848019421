using System.Buffers.Binary;
using TrailAlarm.Findings;

namespace TrailAlarm.Tests.Reports;

public sealed class HtmlInChromiumTests : IDisposable
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private readonly string work = Directory.CreateTempSubdirectory("trailalarm-html-").FullName;

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("TRAILALARM_KEEP_HTML") is { Length: > 0 } keep)
        {
            Directory.CreateDirectory(keep);
            foreach (var file in Directory.EnumerateFiles(work))
            {
                File.Copy(file, Path.Combine(keep, Path.GetFileName(file)), overwrite: true);
            }
        }

        Directory.Delete(work, recursive: true);
    }

    private string Write(AuditReport report)
    {
        var path = Path.Combine(work, "report.html");
        File.WriteAllText(path, SampleReports.Format("html").Render(report));
        return path;
    }

    [Fact]
    public async Task Headless_chromium_renders_the_page_to_a_non_empty_png()
    {
        var page = Write(SampleReports.Mixed());
        var screenshot = Path.Combine(work, "report.png");
        await HeadlessChromium.RunAsync(work, page, $"--screenshot={screenshot}", "--window-size=1280,1600");
        var png = await File.ReadAllBytesAsync(screenshot);
        Assert.Equal(PngSignature, png.Take(8));
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(1280, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(1600, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        // A blank page compresses to well under a kilobyte; rendered text and tables do not.
        Assert.True(png.Length > 10_000, $"screenshot is only {png.Length} bytes");
    }

    [Fact]
    public async Task In_the_browser_the_script_name_is_text_and_no_script_element_exists()
    {
        var page = Write(SampleReports.Hostile());
        var dom = await HeadlessChromium.RunAsync(work, page, "--dump-dom");
        Assert.Contains("<article", dom);
        Assert.DoesNotContain("<script", dom, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert('x')&lt;/script&gt;", dom);
        Assert.Contains("=cmd|' /C calc'!A0", dom);
    }
}
