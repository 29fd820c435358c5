namespace Platform.Analytics.Schedules;

/// Where an irregular period goes when the dates do not divide into whole periods, and so in which direction the
/// regular dates are generated: initial stubs generate backward from the end date (the China bond and swap default),
/// final stubs forward from the start date.
public enum StubConvention
{
    /// Backward from the end; any leftover is a short first period 短首期.
    ShortInitial,

    /// Backward from the end; a leftover is merged into the next period, giving a long first period 长首期.
    LongInitial,

    /// Forward from the start; any leftover is a short last period.
    ShortFinal,

    /// Forward from the start; a leftover is merged into the previous period, giving a long last period.
    LongFinal,
}
