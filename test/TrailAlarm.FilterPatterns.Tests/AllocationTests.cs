using System.Text;
using Xunit;
using static TrailAlarm.FilterPatterns.Tests.CloudTrailRecord;

namespace TrailAlarm.FilterPatterns.Tests;

/// <summary>Evaluating a compiled pattern on an event it does not match allocates nothing (after warm-up).</summary>
public sealed class AllocationTests
{
    [Theory]
    [InlineData("{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }")]
    [InlineData("{ ($.eventSource = config.amazonaws.com) && (($.eventName=StopConfigurationRecorder)||($.eventName=DeleteDeliveryChannel)) }")]
    [InlineData("{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }")]
    [InlineData("{ $.errorCode NOT EXISTS && $.readOnly IS TRUE }")]
    [InlineData("{ $.eventName = %^Stop|^Delete% }")]
    [InlineData("{ $.requestParameters.*[0].x = 1 }")]
    [InlineData("?CreateTrail ?DeleteTrail")]
    [InlineData("[a, b, ..., c = x*]")]
    public void Non_matching_events_allocate_nothing(string text)
    {
        var pattern = FilterPattern.Parse(text).Pattern!;
        var events = new[]
        {
            Encoding.UTF8.GetBytes(With(("requestParameters", """{"filterSet":{"items":[{"name":"a","x":[2,3]}]}}"""))),
            Encoding.UTF8.GetBytes(Call("cloudtrail.amazonaws.com", "LookupEvents", ("requestParameters", """{"lookupAttributes":[{"attributeValue":"StopLogging"}]}"""))),
            Encoding.UTF8.GetBytes("plain text line that is not json " + new string('z', 3000)),
        };
        foreach (var ev in events) Assert.False(pattern.Matches(ev), Encoding.UTF8.GetString(ev));
        for (int i = 0; i < 200; i++) foreach (var ev in events) pattern.Matches(ev);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++) foreach (var ev in events) pattern.Matches(ev);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
