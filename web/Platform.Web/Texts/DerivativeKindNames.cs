using Platform.SharedKernel;
using Platform.Trading.Contracts.Derivatives;

namespace Platform.Web.Texts;

/// The derivatives the desk captures, in the desk's words.
public static class DerivativeKindNames
{
    public static LocalizedText Of(string kind) => kind switch
    {
        DerivativeKinds.Swap => new("利率互换", "Interest-rate swap"),
        DerivativeKinds.BondForward => new("标准债券远期", "Standard bond forward"),
        _ => new(kind, kind),
    };
}
