namespace TrailAlarm.Simulation;

public enum AlarmStatistic
{
    Sum,
    Average,
    Minimum,
    Maximum,
    SampleCount,
}

public enum AlarmComparison
{
    GreaterThanOrEqualToThreshold,
    GreaterThanThreshold,
    LessThanThreshold,
    LessThanOrEqualToThreshold,
}

/// <summary>CloudWatch's TreatMissingData: what a period without any datapoint counts as.</summary>
public enum MissingData
{
    Missing,
    NotBreaching,
    Breaching,
    Ignore,
}

public enum AlarmState
{
    InsufficientData,
    Ok,
    Alarm,
}

/// <summary>The settings of a CloudWatch metric alarm that decide when it fires.</summary>
public sealed record AlarmSettings(
    AlarmStatistic Statistic,
    int PeriodSeconds,
    double Threshold,
    AlarmComparison Comparison,
    int EvaluationPeriods,
    int DatapointsToAlarm,
    MissingData TreatMissingData)
{
    /// <summary>The CIS AWS Foundations values: Sum over 300 s, &gt;= 1, 1 of 1 period, missing data not breaching.</summary>
    public static AlarmSettings Cis { get; } = new(AlarmStatistic.Sum, 300, 1, AlarmComparison.GreaterThanOrEqualToThreshold, 1, 1, MissingData.NotBreaching);

    /// <summary>Null when the settings are ones CloudWatch accepts, else why not.</summary>
    public string? Problem()
    {
        if (PeriodSeconds <= 0 || (PeriodSeconds >= 60 && PeriodSeconds % 60 != 0) || (PeriodSeconds < 60 && PeriodSeconds is not (10 or 30)))
        {
            return $"period {PeriodSeconds} s is not a CloudWatch period (10, 30 or a multiple of 60 seconds)";
        }

        if (EvaluationPeriods < 1)
        {
            return $"evaluation periods must be at least 1 (got {EvaluationPeriods})";
        }

        return DatapointsToAlarm < 1 || DatapointsToAlarm > EvaluationPeriods
            ? $"datapoints to alarm must be between 1 and the evaluation periods ({EvaluationPeriods}), got {DatapointsToAlarm}"
            : null;
    }

    public bool Breaches(double value) => Comparison switch
    {
        AlarmComparison.GreaterThanOrEqualToThreshold => value >= Threshold,
        AlarmComparison.GreaterThanThreshold => value > Threshold,
        AlarmComparison.LessThanThreshold => value < Threshold,
        _ => value <= Threshold,
    };
}
