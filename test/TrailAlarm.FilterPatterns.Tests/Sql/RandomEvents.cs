using CsCheck;

namespace TrailAlarm.FilterPatterns.Tests.Sql;

/// <summary>
/// Random JSON records over the vocabulary of <see cref="PatternGenerators"/>, with unique keys per object (a table
/// holds one value per key; CloudTrail never repeats one).
/// </summary>
internal static class RandomEvents
{
    private static readonly Gen<string> Word = Gen.OneOf("CreateTrail", "StopLogging", "config.amazonaws.com", "Root", "AccessDenied", "a:b/c", "1.5", "200", "", "x y", "q\"uote", "back\\slash", "é", "Access", "Operation", "123.123.4", "cat", "Trail");

    private static readonly Gen<string> Scalar = Gen.Frequency(
        (4, Word.Select(CloudTrailRecord.Quote)),
        (2, Gen.OneOf("1", "1000", "-2", "0.5", "0", "55.5", "200")),
        (1, Gen.OneOf("true", "false", "null")));

    private static Gen<string> Value(int depth) => depth == 0
        ? Scalar
        : Gen.Frequency(
            (4, Scalar),
            (1, Value(depth - 1).Array[0, 3].Select(v => "[" + string.Join(",", v) + "]")),
            (1, Object(depth - 1)));

    private static Gen<string> Object(int depth)
        => Gen.Select(PatternGenerators.Name, Value(depth)).Array[0, 5].Select(pairs =>
            "{" + string.Join(",", pairs.DistinctBy(p => p.Item1).Select(p => CloudTrailRecord.Quote(p.Item1) + ":" + p.Item2)) + "}");

    public static readonly Gen<string> Record = Object(2);
}
