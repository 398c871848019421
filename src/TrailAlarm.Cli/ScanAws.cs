using System.CommandLine;
using TrailAlarm.Aws;
using TrailAlarm.Cli.Commands;

namespace TrailAlarm.Cli;

/// <summary>The AWS session of a scan or watch with remote sources; null with the reason when AWS cannot be reached.</summary>
internal static class ScanAws
{
    public static (AwsSession? Session, string? Failure) Connect(ParseResult parsed, AwsOptions options)
    {
        var settings = AwsSettingsFactory.From(parsed, options);
        try
        {
            return (AwsSession.CreateAsync(settings).GetAwaiter().GetResult(), null);
        }
        catch (NoCredentialsException e)
        {
            return (null, e.Message);
        }
        catch (AwsApiException e)
        {
            return (null, $"could not reach AWS: {e.Message}");
        }
        catch (HttpRequestException e)
        {
            return (null, $"could not reach AWS: {e.Message}");
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
