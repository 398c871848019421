using TrailAlarm.Catalogue;
using TrailAlarm.Controls;
using TrailAlarm.Findings;
using TrailAlarm.FilterPatterns;
using TrailAlarm.Snapshot;
using Xunit;
using static TrailAlarm.Tests.Controls.Fixtures;

namespace TrailAlarm.Tests.Controls;

/// <summary>
/// A filter built to a control's high-risk-only variant is a documented deviation: FAIL under the benchmark with the
/// way to accept it, PASS with a note once accepted; a filter narrower still is an ordinary FAIL either way.
/// </summary>
public sealed class HighRiskVariantTests
{
    private static readonly ControlEvaluator Accepting = new(ControlCatalogue.Default.Controls, ControlSamples.For, new AcceptedVariants { HighRiskOnly = true });

    public static TheoryData<string> WithVariant => [.. ControlCatalogue.Default.Controls.Where(c => c.HighRisk is not null).Select(c => c.Id)];

    private static AccountSnapshot WithPattern(string controlId, string pattern)
    {
        var metric = ControlCatalogue.Default.Find(controlId)!.DefaultMetricName;
        return Compliant with
        {
            MetricFilters = Compliant.MetricFilters.Select(f => f.Transformations.Any(t => t.MetricName == metric) ? f with { Pattern = pattern } : f).ToList(),
        };
    }

    private static Finding Accepted(AccountSnapshot snapshot, string id) => Accepting.Evaluate(ControlCatalogue.Default.Find(id)!, snapshot);

    [Fact]
    public void The_catalogue_offers_the_variant_for_the_controls_whose_destructive_calls_are_clear()
    {
        var ids = ControlCatalogue.Default.Controls.Where(c => c.HighRisk is not null).Select(c => c.Id).ToList();
        Assert.True(ids.Count >= 6, $"only {ids.Count} controls have a high-risk variant");
        Assert.Contains("cloudtrail-changes-monitored", ids);
        Assert.Equal(["StopLogging", "DeleteTrail"], ControlCatalogue.Default.Find("cloudtrail-changes-monitored")!.HighRisk!.Events);
    }

    [Theory]
    [MemberData(nameof(WithVariant))]
    public void The_variant_fails_under_the_benchmark_naming_the_deviation_and_how_to_accept_it(string id)
    {
        var control = ControlCatalogue.Default.Find(id)!;
        var finding = Audit(WithPattern(id, control.HighRisk!.Pattern), id);

        Assert.Equal(Status.Fail, finding.Status);
        var detail = finding.StepNamed("metric-filter").Detail;
        Assert.Contains("high-risk-only variant", detail, StringComparison.Ordinal);
        Assert.Contains("--accept high-risk-only", detail, StringComparison.Ordinal);
        var missed = control.RequiredEvents.Except(control.HighRisk.Events).First();
        Assert.Contains(missed, detail, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(WithVariant))]
    public void The_variant_passes_with_a_note_when_accepted(string id)
    {
        var finding = Accepted(WithPattern(id, ControlCatalogue.Default.Find(id)!.HighRisk!.Pattern), id);

        Assert.True(finding.Status == Status.Pass, finding.Reason);
        Assert.Contains("accepted with --accept high-risk-only", finding.StepNamed("metric-filter").Detail, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(WithVariant))]
    public void A_filter_that_also_drops_a_high_risk_event_fails_even_when_the_variant_is_accepted(string id)
    {
        var variant = ControlCatalogue.Default.Find(id)!.HighRisk!;
        var dropped = variant.Events[0];
        var narrower = "{ (" + variant.Pattern.Trim()[1..^1] + ") && ($.eventName != \"" + dropped + "\") }";
        var finding = Accepted(WithPattern(id, narrower), id);

        Assert.Equal(Status.Fail, finding.Status);
        var detail = finding.StepNamed("metric-filter").Detail;
        Assert.DoesNotContain("variant", detail, StringComparison.Ordinal);
        Assert.Contains(dropped, detail, StringComparison.Ordinal);
    }

    [Fact]
    public void The_benchmark_pattern_passes_whether_or_not_the_variant_is_accepted()
    {
        Assert.All(ControlCatalogue.Default.Controls, c => Assert.Equal(Status.Pass, Accepted(Compliant, c.Id).Status));
    }

    [Fact]
    public void A_noisy_variant_still_warns()
    {
        const string id = "cloudtrail-changes-monitored";
        var noisy = "{ " + ControlCatalogue.Default.Find(id)!.HighRisk!.Pattern.Trim()[1..^1] + " || ($.eventName = DescribeTrails) }";
        Assert.True(ControlCatalogue.Default.SamplesOf(id).Ignores.Any(e => FilterPattern.Parse(noisy).Pattern!.Matches(e.Json)), "the control's ignores hold no DescribeTrails record");
        var finding = Accepted(WithPattern(id, noisy), id);

        Assert.Equal(Status.Pass, finding.Status);
        Assert.StartsWith("warning:", finding.StepNamed("metric-filter").Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Accept_takes_only_documented_variant_names()
    {
        Assert.True(AcceptedVariants.Parse(["high-risk-only"]).HighRiskOnly);
        Assert.False(AcceptedVariants.Parse([]).HighRiskOnly);
        Assert.Contains("'high-risk' is not a variant", Assert.Throws<ArgumentException>(() => AcceptedVariants.Parse(["high-risk"])).Message, StringComparison.Ordinal);
    }
}
