using TrailAlarm.Frameworks;

namespace TrailAlarm.Tests.Frameworks;

public class ItemNumberComparerTests
{
    [Fact]
    public void Digit_runs_compare_by_value_and_missing_numbers_sort_last()
    {
        string?[] items = [null, "4.10", "SI-4(20)", "4.9", "AU-12", "4.5", "3.9"];
        var sorted = items.Order(ItemNumberComparer.Instance).ToArray();
        Assert.Equal<IEnumerable<string?>>(["3.9", "4.5", "4.9", "4.10", "AU-12", "SI-4(20)", null], sorted);
    }

    [Fact]
    public void Leading_zeros_do_not_change_the_value()
    {
        Assert.Equal(0, ItemNumberComparer.Instance.Compare("DE.CM-01", "DE.CM-1"));
        Assert.True(ItemNumberComparer.Instance.Compare("DE.CM-03", "DE.CM-9") < 0);
    }
}
