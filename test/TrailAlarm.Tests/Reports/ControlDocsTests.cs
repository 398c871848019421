using TrailAlarm.Catalogue;
using TrailAlarm.Frameworks;
using TrailAlarm.Reports;

namespace TrailAlarm.Tests.Reports;

/// <summary>
/// docs/controls/ must equal what the catalogue generates. Set TRAILALARM_REGENERATE_DOCS=1 (or run
/// scripts/gen-control-docs) to rewrite the pages instead of failing.
/// </summary>
public class ControlDocsTests
{
    private static readonly bool Regenerate = Environment.GetEnvironmentVariable("TRAILALARM_REGENERATE_DOCS") == "1";

    private static string DocsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TrailAlarm.slnx")))
            {
                return Path.Combine(dir.FullName, "docs", "controls");
            }
        }

        throw new InvalidOperationException("repository root (TrailAlarm.slnx) not found above " + AppContext.BaseDirectory);
    }

    private static Dictionary<string, string> Expected()
    {
        var pages = ControlCatalogue.Default.Controls.ToDictionary(ControlPage.FileName, c => ControlPage.Render(c, FrameworkCatalogue.Default));
        pages[ControlIndexPage.FileName] = ControlIndexPage.Render(ControlCatalogue.Default);
        return pages;
    }

    [Fact]
    public void Control_pages_match_the_catalogue()
    {
        var folder = DocsFolder();
        var expected = Expected();
        if (Regenerate)
        {
            Directory.CreateDirectory(folder);
            foreach (var stale in Directory.EnumerateFiles(folder, "*.md").Where(f => !expected.ContainsKey(Path.GetFileName(f))))
            {
                File.Delete(stale);
            }

            foreach (var (name, text) in expected)
            {
                File.WriteAllText(Path.Combine(folder, name), text);
            }
        }

        var actual = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.md").ToDictionary(f => Path.GetFileName(f), File.ReadAllText)
            : [];
        var hint = " (run scripts/gen-control-docs)";
        Assert.True(expected.Keys.Order().SequenceEqual(actual.Keys.Order()),
            $"docs/controls has [{string.Join(", ", actual.Keys.Order())}], the catalogue needs [{string.Join(", ", expected.Keys.Order())}]{hint}");
        foreach (var (name, text) in expected)
        {
            Assert.True(text == actual[name], $"docs/controls/{name} is stale{hint}");
        }
    }

    [Fact]
    public void A_page_explains_what_why_how_remediation_and_frameworks()
    {
        var control = ControlCatalogue.Default.Find("config-changes-monitored")!;
        var page = ControlPage.Render(control, FrameworkCatalogue.Default);
        Assert.Contains("## What", page);
        Assert.Contains(control.Rationale, page);
        Assert.Contains("1. `trail`", page);
        Assert.Contains(control.Remediation, page);
        Assert.Contains("| `cis-aws-foundations-2.0.0` | 4.9 | Ensure AWS Config configuration changes are monitored | Manual |", page);
        Assert.Contains("| `fedramp-high` | SI-4(20) | Privileged Users (H) |", page);
    }

    [Fact]
    public void A_control_without_frameworks_says_so()
    {
        var control = ControlCatalogue.Default.Find("config-records-cloudtrail")!;
        var page = ControlPage.Render(control, new FrameworkCatalogue([]));
        Assert.Contains("No framework file maps this control yet.", page);
        Assert.Contains("`recording-group`", page);
    }
}
