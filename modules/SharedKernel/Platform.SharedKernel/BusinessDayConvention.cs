namespace Platform.SharedKernel;

/// <summary>How a date that falls on a non-business day is moved 节假日调整规则 (ISDA names).</summary>
public enum BusinessDayConvention
{
    /// <summary>Left as it is.</summary>
    Unadjusted,

    /// <summary>The next business day 顺延.</summary>
    Following,

    /// <summary>The next business day, unless that is in the next month; then the previous one 经调整的顺延.</summary>
    ModifiedFollowing,

    /// <summary>The previous business day 提前.</summary>
    Preceding,

    /// <summary>The previous business day, unless that is in the previous month; then the next one.</summary>
    ModifiedPreceding,

    /// <summary>The nearer of the next and previous business days; the next one when both are as near.</summary>
    Nearest,
}
