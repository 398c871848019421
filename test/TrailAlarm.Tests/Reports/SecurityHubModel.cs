using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;

namespace TrailAlarm.Tests.Reports;

/// <summary>The Security Hub service model shipped with botocore on this machine: the exact reference for ASFF shapes.</summary>
internal sealed class SecurityHubModel
{
    private static readonly Lazy<SecurityHubModel> Loaded = new(Load);

    private SecurityHubModel(JsonElement shapes) => Shapes = shapes;

    public static SecurityHubModel Instance => Loaded.Value;

    public JsonElement Shapes { get; }

    public IReadOnlySet<string> Members(string shape) =>
        Shapes.GetProperty(shape).GetProperty("members").EnumerateObject().Select(m => m.Name).ToHashSet();

    public string MemberShape(string shape, string member) =>
        Shapes.GetProperty(shape).GetProperty("members").GetProperty(member).GetProperty("shape").GetString()!;

    public IReadOnlySet<string> Required(string shape) =>
        Shapes.GetProperty(shape).TryGetProperty("required", out var required) ? required.EnumerateArray().Select(r => r.GetString()!).ToHashSet() : new HashSet<string>();

    public IReadOnlySet<string> Enum(string shape) => Shapes.GetProperty(shape).GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToHashSet();

    private static SecurityHubModel Load()
    {
        var start = new ProcessStartInfo("python3", "-c \"import botocore,os;print(os.path.dirname(botocore.__file__))\"")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var botocore = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        var folder = Path.Combine(botocore, "data", "securityhub");
        var model = Directory.EnumerateFiles(folder, "service-2.json.gz", SearchOption.AllDirectories).Order().LastOrDefault()
            ?? throw new InvalidOperationException($"no securityhub service model under {folder}");
        using var gzip = new GZipStream(File.OpenRead(model), CompressionMode.Decompress);
        using var doc = JsonDocument.Parse(gzip);
        return new SecurityHubModel(doc.RootElement.GetProperty("shapes").Clone());
    }
}
