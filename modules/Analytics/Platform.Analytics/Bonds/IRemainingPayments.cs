namespace Platform.Analytics.Bonds;

/// The payments left after settlement, k = 0 the next one, per 100 face: a struct, so the yield math below is
/// specialised for each bond shape and allocates nothing.
internal interface IRemainingPayments
{
    int Count { get; }

    double Payment(int k);
}
