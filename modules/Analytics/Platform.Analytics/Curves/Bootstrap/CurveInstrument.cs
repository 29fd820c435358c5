namespace Platform.Analytics.Curves.Bootstrap;

/// One input of a curve definition, named by the label its quote carries (e.g. <c>1W</c>, <c>5Y</c>).
public abstract record CurveInstrument(string Label);
