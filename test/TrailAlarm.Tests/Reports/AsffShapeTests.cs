using System.Text.Json;

namespace TrailAlarm.Tests.Reports;

/// <summary>The asff output checked member by member against the Security Hub service model.</summary>
public class AsffShapeTests
{
    private static readonly SecurityHubModel Model = SecurityHubModel.Instance;

    private static void CheckStructure(JsonElement value, string shape, string path)
    {
        var members = Model.Members(shape);
        foreach (var property in value.EnumerateObject())
        {
            Assert.True(members.Contains(property.Name), $"{path}.{property.Name} is not a member of {shape}");
            CheckValue(property.Value, Model.MemberShape(shape, property.Name), $"{path}.{property.Name}");
        }

        foreach (var required in Model.Required(shape))
        {
            Assert.True(value.TryGetProperty(required, out _), $"{path} lacks required {required}");
        }
    }

    private static void CheckValue(JsonElement value, string shape, string path)
    {
        var definition = Model.Shapes.GetProperty(shape);
        switch (definition.GetProperty("type").GetString())
        {
            case "structure":
                Assert.Equal(JsonValueKind.Object, value.ValueKind);
                CheckStructure(value, shape, path);
                break;
            case "list":
                Assert.Equal(JsonValueKind.Array, value.ValueKind);
                var item = definition.GetProperty("member").GetProperty("shape").GetString()!;
                var index = 0;
                foreach (var element in value.EnumerateArray())
                {
                    CheckValue(element, item, $"{path}[{index++}]");
                }

                break;
            case "map":
                Assert.Equal(JsonValueKind.Object, value.ValueKind);
                var valueShape = definition.GetProperty("value").GetProperty("shape").GetString()!;
                foreach (var entry in value.EnumerateObject())
                {
                    CheckValue(entry.Value, valueShape, $"{path}[{entry.Name}]");
                }

                break;
            case "string":
                Assert.Equal(JsonValueKind.String, value.ValueKind);
                if (definition.TryGetProperty("enum", out _))
                {
                    Assert.True(Model.Enum(shape).Contains(value.GetString()!), $"{path} = {value.GetString()} is not in {shape}");
                }

                break;
            case var other:
                Assert.Fail($"{path}: the report writes a {other} ({shape}); extend this check");
                break;
        }
    }

    [Fact]
    public void Every_asff_member_the_report_writes_exists_in_the_security_hub_model()
    {
        foreach (var report in new[] { SampleReports.Mixed(), SampleReports.Hostile() })
        {
            using var doc = JsonDocument.Parse(SampleReports.Format("asff").Render(report));
            CheckStructure(doc.RootElement, "BatchImportFindingsRequest", "$");
        }
    }
}
