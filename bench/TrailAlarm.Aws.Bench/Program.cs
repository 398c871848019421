using System.Diagnostics;
using System.Globalization;
using TrailAlarm.Aws;

// AWS access layer probe and throughput figures against an endpoint (moto_server), see bench/aws-access.
//   probe            one session, STS + a read per protocol + a not-found error; prints what it saw (cold-start runs)
//   throughput N     N sequential calls per protocol on one session; prints calls per second
// Credentials, region and endpoint come from the environment, as for a user.
var mode = args.Length > 0 ? args[0] : "probe";
using var session = await AwsSession.CreateAsync(new AwsSettings());
if (mode == "probe")
{
    var identity = await session.Sts().GetCallerIdentityAsync();
    var trails = await session.CloudTrail().DescribeAllTrailsAsync();
    var alarms = await session.CloudWatch().DescribeAllMetricAlarmsAsync();
    var topics = await session.Sns().ListAllTopicsAsync();
    var regions = await session.Ec2().EnabledRegionNamesAsync();
    var kind = "none";
    try
    {
        await session.CloudTrail().GetTrailStatusAsync(new("absent"));
    }
    catch (AwsApiException e)
    {
        kind = e.Kind.ToString();
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"account={identity.Account} region={session.Region} trails={trails.Count} alarms={alarms.Count} topics={topics.Count} regions={regions.Count} notFound={kind}"));
    return 0;
}

var n = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 500;
await Measure("cloudtrail DescribeTrails (JSON 1.1)", () => session.CloudTrail().DescribeAllTrailsAsync());
await Measure("cloudwatch DescribeAlarms (JSON 1.0)", () => session.CloudWatch().DescribeAlarmsAsync(new()));
await Measure("sns ListTopics (query)", () => session.Sns().ListTopicsAsync());
return 0;

async Task Measure<T>(string name, Func<Task<T>> call)
{
    for (var i = 0; i < 20; i++)
    {
        await call();
    }

    var clock = Stopwatch.StartNew();
    for (var i = 0; i < n; i++)
    {
        await call();
    }

    var seconds = clock.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {n / seconds:F0} calls/s ({seconds * 1000 / n:F2} ms/call, {n} calls)"));
}
