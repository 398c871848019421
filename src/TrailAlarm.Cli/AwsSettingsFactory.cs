using System.CommandLine;
using System.Text.RegularExpressions;
using TrailAlarm.Aws;
using TrailAlarm.Cli.Commands;

namespace TrailAlarm.Cli;

/// <summary>Turns the shared AWS options into <see cref="AwsSettings"/>; malformed values are usage errors.</summary>
internal static partial class AwsSettingsFactory
{
    /// <summary>"name=value;name=value" headers sent with every request, for emulators (e.g. x-moto-account-id).</summary>
    public const string ExtraHeadersVariable = "TRAILALARM_EXTRA_HEADERS";

    public static AwsSettings From(ParseResult parse, AwsOptions options, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(options);
        environment ??= Environment.GetEnvironmentVariable;
        var maxConcurrency = parse.GetValue(options.MaxConcurrency);
        if (maxConcurrency < 1)
        {
            throw new UsageException($"--max-concurrency: {maxConcurrency} is not a positive number");
        }

        try
        {
            var region = parse.GetValue(options.Region);
            var endpoint = parse.GetValue(options.EndpointUrl);
            return new AwsSettings
            {
                Profile = Blank(parse.GetValue(options.Profile)),
                Region = Blank(region) is { } r ? RegionResolver.Validate(r, "--region") : null,
                EndpointUrl = Blank(endpoint) is { } e ? AwsSettings.ParseEndpoint(e, "--endpoint-url") : null,
                MaxConcurrency = maxConcurrency,
                ExtraHeaders = Headers(environment(ExtraHeadersVariable)),
                OnCall = AwsCallWatch.Observer,
            };
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message.Split(" (Parameter", 2)[0]);
        }
    }

    internal static Dictionary<string, string> Headers(string? text)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in (text ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new ArgumentException($"{ExtraHeadersVariable}: '{pair}' is not name=value");
            }

            headers[pair[..equals].Trim()] = pair[(equals + 1)..].Trim();
        }

        return headers;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The --regions list, or null for "every enabled region" (absent or "all").</summary>
    public static List<string>? Regions(string? regions)
    {
        if (string.IsNullOrWhiteSpace(regions) || regions.Trim() == "all")
        {
            return null;
        }

        var list = regions.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        var bad = list.FirstOrDefault(r => !RegionName().IsMatch(r));
        return bad is null && list.Count > 0 ? list : throw new UsageException($"--regions: '{bad ?? regions}' is not a region name (e.g. us-east-1)");
    }

    [GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9]+$")]
    private static partial Regex RegionName();
}
