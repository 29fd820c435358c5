using Platform.SharedKernel;
using Platform.Trading.Contracts.Tickets;

namespace Platform.Web.Texts;

/// 结算方式, in the desk's words.
public static class SettlementMethodNames
{
    public static LocalizedText Of(string method) => method switch
    {
        SettlementMethods.Dvp => new("券款对付 DVP", "Delivery versus payment (DVP)"),
        SettlementMethods.PaymentAfterDelivery => new("见券付款", "Payment after delivery"),
        SettlementMethods.DeliveryAfterPayment => new("见款付券", "Delivery after payment"),
        _ => new(method, method),
    };
}
