using System.Text.Json;
using TrailAlarm.Aws.Protocol;

namespace TrailAlarm.Aws.Tests.Units;

public class SettingsTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] vars)
        => name => vars.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void Explicit_region_wins_over_the_environment()
        => Assert.Equal(("eu-west-3", "--region"), RegionResolver.Resolve(new AwsSettings { Region = "eu-west-3" }, Env(("AWS_REGION", "us-west-2"))));

    [Fact]
    public void Aws_region_wins_over_aws_default_region()
        => Assert.Equal(("us-west-2", "AWS_REGION"), RegionResolver.Resolve(new AwsSettings(), Env(("AWS_REGION", "us-west-2"), ("AWS_DEFAULT_REGION", "eu-west-1"))));

    [Fact]
    public void Aws_default_region_is_honoured_like_the_aws_cli()
        => Assert.Equal(("eu-west-1", "AWS_DEFAULT_REGION"), RegionResolver.Resolve(new AwsSettings { Profile = "no-such-profile-x" }, Env(("AWS_DEFAULT_REGION", "eu-west-1"))));

    [Fact]
    public void A_malformed_region_is_a_clear_error_naming_its_source()
    {
        var error = Assert.Throws<ArgumentException>(() => RegionResolver.Resolve(new AwsSettings(), Env(("AWS_REGION", "Europe"))));

        Assert.StartsWith("AWS_REGION: 'Europe' is not a region name", error.Message);
    }

    [Theory]
    [InlineData("us-east-1", true)]
    [InlineData("us-gov-west-1", true)]
    [InlineData("cn-northwest-1", true)]
    [InlineData("all", false)]
    [InlineData("US-EAST-1", false)]
    [InlineData("us-east", false)]
    public void Region_names_are_recognised_by_shape(string text, bool isRegion)
        => Assert.Equal(isRegion, RegionResolver.IsRegionName(text));

    [Fact]
    public void A_malformed_endpoint_is_a_clear_error()
    {
        var error = Assert.Throws<ArgumentException>(() => AwsSettings.ParseEndpoint("localhost:5000", "--endpoint-url"));

        Assert.StartsWith("--endpoint-url: 'localhost:5000' is not an http(s) URL", error.Message);
    }

    [Fact]
    public void Keys_never_print_their_secrets()
    {
        var text = new AwsKeys("AKIAEXAMPLE", "very-secret", "token-secret").ToString();

        Assert.Contains("AKIAEXAMPLE", text);
        Assert.DoesNotContain("very-secret", text);
        Assert.DoesNotContain("token-secret", text);
    }

    [Fact]
    public void Query_writer_numbers_lists_from_one_and_writes_maps_and_structures()
    {
        var parameters = new Dictionary<string, string>();
        new QueryWriter(parameters)
            .Add("Name", "x")
            .Add("Flag", true)
            .Add("Skipped", (string?)null)
            .AddList("AlarmActions", ["a", "b"])
            .AddList("Empty", Array.Empty<string>())
            .AddMap("Attributes", new Dictionary<string, string> { ["DisplayName"] = "d" })
            .AddList("Tags", [("k", "v")], (t, w) => w.Add("Key", t.Item1).Add("Value", t.Item2));

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["Name"] = "x",
                ["Flag"] = "true",
                ["AlarmActions.member.1"] = "a",
                ["AlarmActions.member.2"] = "b",
                ["Empty"] = string.Empty,
                ["Attributes.entry.1.key"] = "DisplayName",
                ["Attributes.entry.1.value"] = "d",
                ["Tags.member.1.Key"] = "k",
                ["Tags.member.1.Value"] = "v",
            },
            parameters);
    }

    [Fact]
    public void Ec2_lists_have_no_member_segment()
    {
        var parameters = new Dictionary<string, string>();
        new QueryWriter(parameters, ec2Lists: true).AddList("RegionName", ["eu-west-1", "us-east-1"]);

        Assert.Equal(new Dictionary<string, string> { ["RegionName.1"] = "eu-west-1", ["RegionName.2"] = "us-east-1" }, parameters);
    }

    [Theory]
    [InlineData("1795354271.704", 1795354271704L)]
    [InlineData("1795354271", 1795354271000L)]
    [InlineData("\"2026-11-22T13:29:50.572Z\"", 1795354190572L)]
    public void Timestamps_are_read_from_epoch_seconds_or_iso_text(string json, long expectedMilliseconds)
    {
        var converter = new EpochSecondsConverter();
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        reader.Read();

        var value = converter.Read(ref reader, typeof(DateTimeOffset?), JsonSerializerOptions.Default);

        Assert.Equal(expectedMilliseconds, value!.Value.ToUnixTimeMilliseconds());
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("null")]
    public void Unset_timestamps_read_as_null(string json)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        reader.Read();

        Assert.Null(new EpochSecondsConverter().Read(ref reader, typeof(DateTimeOffset?), JsonSerializerOptions.Default));
    }
}
