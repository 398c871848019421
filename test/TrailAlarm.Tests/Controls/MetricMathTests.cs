using TrailAlarm.Controls;

namespace TrailAlarm.Tests.Controls;

public class MetricMathTests
{
    [Theory]
    [InlineData("m1", 1.0)]
    [InlineData("FILL(m1, 0)", 1.0)]
    [InlineData("m1 * 2 + 1", 3.0)]
    [InlineData("(m1 + 3) / 2", 2.0)]
    [InlineData("SUM([m1, 4])", 5.0)]
    [InlineData("MAX([m1, 0])", 1.0)]
    [InlineData("-m1 + 2", 1.0)]
    [InlineData("m1 - 1 - 1", -1.0)]
    public void Supported_expressions_evaluate(string expression, double expected)
    {
        Assert.Equal(expected, MetricMath.Evaluate(expression, new Dictionary<string, double> { ["m1"] = 1 }));
    }

    [Theory]
    [InlineData("m2")]
    [InlineData("m1 + m2")]
    [InlineData("ANOMALY_DETECTION_BAND(m1)")]
    [InlineData("m1 +")]
    [InlineData("m1 / 0")]
    public void Unknown_ids_and_unsupported_functions_give_no_value(string expression)
    {
        Assert.Null(MetricMath.Evaluate(expression, new Dictionary<string, double> { ["m1"] = 1 }));
    }
}
