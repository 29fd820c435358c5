using System.Collections.Immutable;

namespace Platform.Trading.Domain.Positions;

/// What one trade leaves of a holding: signed face and clean cost (decimal yuan), the P&L it realised, and the open
/// lots (empty in a fair-value book, which keeps none).
internal readonly record struct HoldingChange(decimal FaceYuan, decimal CostYuan, decimal RealisedYuan, ImmutableArray<PositionLot> Lots);
