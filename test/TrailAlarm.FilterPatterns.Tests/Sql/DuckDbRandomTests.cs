using CsCheck;
using TrailAlarm.FilterPatterns.Sql;
using Xunit;

namespace TrailAlarm.FilterPatterns.Tests.Sql;

/// <summary>Randomised patterns and events: DuckDB running the compiled predicate agrees with the native matcher.</summary>
public sealed class DuckDbRandomTests : IDisposable
{
    private readonly DuckDbEngine engine = new();

    [Fact]
    public void Random_json_patterns_select_in_duckdb_exactly_what_the_matcher_matches()
    {
        var compared = 0;
        Gen.Select(PatternGenerators.Json, RandomEvents.Record).Sample((text, ev) =>
        {
            var parsed = FilterPattern.Parse(text);
            if (!parsed.Success) return true;
            var sql = SqlCompiler.Where(parsed.Pattern!, SqlEngine.DuckDb);
            Assert.True(sql.Success, sql.Refusal);
            compared++;
            var native = parsed.Pattern!.Matches(ev);
            var duck = engine.Holds(sql.Sql!, ev, json: true);
            Assert.True(native == duck, $"`{text}` on `{ev}`: native {native}, DuckDB {duck}\n{sql.Sql}");
            return true;
        }, iter: 3000, threads: 1);
        Assert.True(compared > 1000, $"only {compared} valid patterns were compared");
    }

    [Fact]
    public void Random_term_patterns_select_in_duckdb_exactly_what_the_matcher_matches()
    {
        Gen.Select(PatternGenerators.Terms, RandomEvents.Record).Sample((text, ev) =>
        {
            var parsed = FilterPattern.Parse(text);
            if (!parsed.Success) return true;
            var sql = SqlCompiler.Where(parsed.Pattern!, SqlEngine.DuckDb);
            Assert.True(sql.Success, sql.Refusal);
            Assert.True(parsed.Pattern!.Matches(ev) == engine.Holds(sql.Sql!, ev, json: false), $"`{text}` on `{ev}`\n{sql.Sql}");
            return true;
        }, iter: 1000, threads: 1);
    }

    public void Dispose() => engine.Dispose();
}
