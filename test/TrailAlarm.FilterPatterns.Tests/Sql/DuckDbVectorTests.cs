using System.Text.Json;
using TrailAlarm.FilterPatterns.Sql;
using Xunit;

namespace TrailAlarm.FilterPatterns.Tests.Sql;

/// <summary>
/// The DuckDB dialect run through DuckDB itself on the shared vectors: every vector whose pattern compiles must give
/// the native matcher's answer; the ones that do not compile must be refused for a stated reason.
/// </summary>
public sealed class DuckDbVectorTests : IDisposable
{
    private readonly DuckDbEngine engine = new();

    private static readonly Lazy<List<JsonElement>> Vectors = new(() =>
        File.ReadLines(SharedFiles.Path("specs", "filter-pattern-vectors.jsonl"))
            .Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.Clone())
            .Where(v => v.TryGetProperty("matches", out _))
            .ToList());

    public static TheoryData<int> MatchVectors()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < Vectors.Value.Count; i++) data.Add(i);
        return data;
    }

    internal static bool IsJsonObject(string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            return doc.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    [Theory]
    [MemberData(nameof(MatchVectors))]
    public void Compiled_vector_gives_the_native_answer_in_duckdb(int index)
    {
        var v = Vectors.Value[index];
        var pattern = FilterPattern.Parse(v.GetProperty("pattern").GetString()!).Pattern!;
        var ev = v.GetProperty("event").GetString()!;
        var compiled = SqlCompiler.Where(pattern, SqlEngine.DuckDb);
        if (!compiled.Success)
        {
            Assert.Equal(PatternKind.Delimited, pattern.Kind);
            Assert.Contains("space-delimited", compiled.Refusal, StringComparison.Ordinal);
            return;
        }
        var json = IsJsonObject(ev);
        // A table row is always a parsed record: JSON patterns are only evaluated on JSON objects.
        if (pattern.Kind == PatternKind.Json && !json) return;
        Assert.True(pattern.Matches(ev) == engine.Holds(compiled.Sql!, ev, json), $"`{pattern.Text}` on `{ev}`: native {pattern.Matches(ev)}\n{compiled.Sql}");
    }

    [Fact]
    public void Most_match_vectors_are_evaluated_by_duckdb()
    {
        var evaluated = Vectors.Value.Count(v =>
        {
            var p = FilterPattern.Parse(v.GetProperty("pattern").GetString()!).Pattern!;
            return SqlCompiler.Where(p, SqlEngine.DuckDb).Success && (p.Kind != PatternKind.Json || IsJsonObject(v.GetProperty("event").GetString()!));
        });
        Assert.True(evaluated >= 200, $"only {evaluated} vectors were evaluated");
    }

    public void Dispose() => engine.Dispose();
}
