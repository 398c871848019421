using TrailAlarm.Catalogue;
using TrailAlarm.Findings;
using TrailAlarm.FilterPatterns;
using TrailAlarm.Snapshot;
using Xunit;
using static TrailAlarm.Tests.Controls.Fixtures;

namespace TrailAlarm.Tests.Controls;

/// <summary>
/// Every monitoring control over the compliant snapshot (every section alarm in place), its filter reworded or
/// narrowed the way real accounts do: rewordings PASS, a filter that drops one required record FAILs naming it,
/// and breaking one control's filter fails that control only.
/// </summary>
public sealed class SectionFilterVariantsTests
{
    public static TheoryData<string> MetricControls => [.. ControlCatalogue.Default.Controls.Where(c => c.Kind == ControlKinds.MetricFilterAlarm).Select(c => c.Id)];

    private static AccountSnapshot WithPattern(string controlId, string pattern)
    {
        var metric = ControlCatalogue.Default.Find(controlId)!.DefaultMetricName;
        return Compliant with
        {
            MetricFilters = Compliant.MetricFilters.Select(f => f.Transformations.Any(t => t.MetricName == metric) ? f with { Pattern = pattern } : f).ToList(),
        };
    }

    /// <summary>
    /// Another control's reference pattern that fires on every record this control requires: breaking this control's
    /// filter leaves that chain, so it still (rightly) passes. (The CIS sign-in-without-MFA pattern also fires on every
    /// failed sign-in, because CloudTrail writes MFAUsed = No on those.)
    /// </summary>
    private static string? CoveredBy(string id)
    {
        var required = ControlCatalogue.Default.SamplesOf(id).FiresOn;
        return ControlCatalogue.Default.Controls
            .Where(c => c.Id != id && c.ReferencePattern is not null)
            .FirstOrDefault(c => required.All(e => FilterPattern.Parse(c.ReferencePattern!).Pattern!.Matches(e.Json)))?.Id;
    }

    private static string Inner(string pattern) => pattern.Trim()[1..^1].Trim();

    [Fact]
    public void With_every_section_alarm_in_place_every_control_passes()
    {
        Assert.All(ControlCatalogue.Default.Controls, c => Assert.Equal(Status.Pass, Audit(Compliant, c.Id).Status));
    }

    [Theory]
    [MemberData(nameof(MetricControls))]
    public void Equivalent_rewordings_pass(string id)
    {
        var reference = ControlCatalogue.Default.Find(id)!.ReferencePattern!;
        var canonical = FilterPattern.Parse(reference).Pattern!.Canonical;
        foreach (var reworded in new[] { canonical, "{" + Inner(reference).Replace(" = ", "=", StringComparison.Ordinal).Replace(" || ", "||", StringComparison.Ordinal) + "}", "{ (" + Inner(reference) + ") }" })
        {
            var finding = Audit(WithPattern(id, reworded), id);
            Assert.True(finding.Status == Status.Pass, $"{id} with {reworded}: {finding.Reason}");
        }
    }

    [Theory]
    [MemberData(nameof(MetricControls))]
    public void A_filter_that_drops_one_required_record_fails_naming_it(string id)
    {
        var reference = ControlCatalogue.Default.Find(id)!.ReferencePattern!;
        foreach (var required in ControlCatalogue.Default.Find(id)!.RequiredEvents)
        {
            var narrowed = "{ (" + Inner(reference) + ") && ($.eventName != \"" + required + "\") }";
            var finding = Audit(WithPattern(id, narrowed) with { MetricFilters = WithPattern(id, narrowed).MetricFilters.Where(f => !IsFilterOf(f, CoveredBy(id))).ToList() }, id);
            Assert.Equal(Status.Fail, finding.Status);
            Assert.Contains(required, finding.StepNamed("metric-filter").Detail, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(MetricControls))]
    public void Breaking_one_control_fails_that_control_only(string id)
    {
        var broken = WithPattern(id, "{ $.eventName = \"NoSuchCall\" }");
        var failing = ControlCatalogue.Default.Controls.Where(c => Audit(broken, c.Id).Status != Status.Pass).Select(c => c.Id);
        Assert.Equal(CoveredBy(id) is null ? [id] : [], failing);
    }

    [Fact]
    public void Failed_sign_ins_are_also_caught_by_the_sign_in_without_mfa_filter()
    {
        Assert.Equal("console-signin-without-mfa-monitored", CoveredBy("console-authentication-failures-monitored"));
        Assert.All(ControlCatalogue.Default.Controls.Where(c => c.Kind == ControlKinds.MetricFilterAlarm && c.Id != "console-authentication-failures-monitored").Select(c => c.Id), id => Assert.Null(CoveredBy(id)));
    }

    private static bool IsFilterOf(MetricFilter filter, string? controlId)
        => controlId is not null && filter.Transformations.Any(t => t.MetricName == ControlCatalogue.Default.Find(controlId)!.DefaultMetricName);

    [Fact]
    public void A_filter_that_fires_on_every_call_passes_with_a_warning_naming_the_noisy_events()
    {
        const string id = "unauthorized-api-calls-monitored";
        // CIS v1.4.0/v1.5.0 wording: every clause joined by ||, so any call not from log delivery fires it.
        var v14 = "{ ($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode = \"AccessDenied*\") || ($.sourceIPAddress!=\"delivery.logs.amazonaws.com\") || ($.eventName!=\"HeadBucket\") }";
        var finding = Audit(WithPattern(id, v14), id);
        Assert.Equal(Status.Pass, finding.Status);
        Assert.Contains("warning:", finding.Reason, StringComparison.Ordinal);
        Assert.Contains("DescribeInstances", finding.StepNamed("metric-filter").Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_security_group_filter_from_the_pre_5_0_text_fails_naming_ModifySecurityGroupRules()
    {
        const string id = "security-group-changes-monitored";
        var v3 = "{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }";
        var finding = Audit(WithPattern(id, v3), id);
        Assert.Equal(Status.Fail, finding.Status);
        Assert.Contains("ModifySecurityGroupRules", finding.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sso_variant_of_the_mfa_pattern_passes()
    {
        const string id = "console-signin-without-mfa-monitored";
        var sso = "{ ($.eventName = \"ConsoleLogin\") && ($.additionalEventData.MFAUsed != \"Yes\") && ($.userIdentity.type = \"IAMUser\") && ($.responseElements.ConsoleLogin = \"Success\") }";
        Assert.Equal(Status.Pass, Audit(WithPattern(id, sso), id).Status);
    }

    [Theory]
    [InlineData("unauthorized-api-calls-monitored")]
    [InlineData("root-account-usage-monitored")]
    public void A_write_only_trail_fails_a_control_whose_records_include_reads(string id)
    {
        var selectors = new EventSelectors { Basic = [new BasicEventSelector { ReadWriteType = "WriteOnly", IncludeManagementEvents = true }] };
        var writeOnly = Compliant.WithTrail(t => t with { Selectors = selectors });
        var finding = Audit(writeOnly, id);
        Assert.Equal(Status.Fail, finding.Status);
        Assert.Contains("a read, and management events are logged WriteOnly", finding.StepNamed("event-selectors").Detail, StringComparison.Ordinal);
        Assert.Equal(Status.Pass, Audit(writeOnly, "cloudtrail-changes-monitored").Status);
    }

    [Fact]
    public void A_trail_that_excludes_kms_events_fails_only_the_controls_with_kms_records()
    {
        var selectors = new EventSelectors { Basic = [new BasicEventSelector { ReadWriteType = "All", IncludeManagementEvents = true, ExcludeManagementEventSources = ["kms.amazonaws.com"] }] };
        var noKms = Compliant.WithTrail(t => t with { Selectors = selectors });
        var failing = ControlCatalogue.Default.Controls.Where(c => Audit(noKms, c.Id).Status == Status.Fail).Select(c => c.Id).Order(StringComparer.Ordinal);
        Assert.Equal(["cmk-disabling-or-deletion-monitored", "unauthorized-api-calls-monitored"], failing);
    }
}
