using System.CommandLine;
using TrailAlarm.Cli.Commands;

namespace TrailAlarm.Cli.Tests;

public class AwsSettingsFactoryTests
{
    private static Aws.AwsSettings Settings(string args, string? headers = null)
    {
        var options = new AwsOptions();
        var command = new Command("audit");
        options.AddTo(command);
        return AwsSettingsFactory.From(command.Parse(args), options, name => name == AwsSettingsFactory.ExtraHeadersVariable ? headers : null);
    }

    [Fact]
    public void Shared_options_become_settings()
    {
        var settings = Settings("--profile audit --region eu-west-1 --endpoint-url http://127.0.0.1:5000 --max-concurrency 3", "x-moto-account-id=111122223333");

        Assert.Equal("audit", settings.Profile);
        Assert.Equal("eu-west-1", settings.Region);
        Assert.Equal(new Uri("http://127.0.0.1:5000"), settings.EndpointUrl);
        Assert.Equal(3, settings.MaxConcurrency);
        Assert.Equal("111122223333", settings.ExtraHeaders["x-moto-account-id"]);
    }

    [Fact]
    public void Nothing_given_leaves_everything_to_the_aws_chain()
    {
        var settings = Settings(string.Empty);

        Assert.Null(settings.Profile);
        Assert.Null(settings.Region);
        Assert.Null(settings.EndpointUrl);
        Assert.Empty(settings.ExtraHeaders);
    }

    [Theory]
    [InlineData("--region Europe", "--region: 'Europe' is not a region name (like us-east-1)")]
    [InlineData("--endpoint-url localhost:5000", "--endpoint-url: 'localhost:5000' is not an http(s) URL")]
    [InlineData("--max-concurrency 0", "--max-concurrency: 0 is not a positive number")]
    public void Malformed_values_are_usage_errors_naming_the_option(string args, string message)
    {
        var error = Assert.Throws<UsageException>(() => Settings(args));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Malformed_extra_headers_are_a_usage_error()
        => Assert.Throws<UsageException>(() => Settings(string.Empty, "no-equals-sign"));
}
