namespace Platform.Trading.Contracts.Tickets;

/// 结算方式: delivery versus payment (券款对付), payment after delivery (见券付款) or delivery after payment (见款付券).
public static class SettlementMethods
{
    public const string Dvp = "Dvp";
    public const string PaymentAfterDelivery = "PaymentAfterDelivery";
    public const string DeliveryAfterPayment = "DeliveryAfterPayment";

    public static IReadOnlyList<string> All { get; } = [Dvp, PaymentAfterDelivery, DeliveryAfterPayment];
}
