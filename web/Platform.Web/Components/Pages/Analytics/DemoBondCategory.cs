namespace Platform.Web.Components.Pages.Analytics;

/// The kinds of inter-bank bond the calculator's demo list offers, as the picker groups them.
public enum DemoBondCategory
{
    Government,   // 国债
    PolicyBank,   // 国开债
    Ncd,          // 同业存单
}
