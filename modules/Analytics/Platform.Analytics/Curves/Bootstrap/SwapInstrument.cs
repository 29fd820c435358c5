using Platform.Analytics.Swaps;
using Platform.SharedKernel;

namespace Platform.Analytics.Curves.Bootstrap;

/// A par swap of a convention quoted by its fixed rate, spot-starting or after a forward start.
public sealed record SwapInstrument(string Label, Tenor Tenor, SwapConvention Convention, Tenor? ForwardStart = null) : CurveInstrument(Label);
