using Platform.SharedKernel;

namespace Platform.Analytics.Bonds;

/// Checks of a coupon bond's extra terms against its schedule: each names the field it refuses.
internal static class BondTermsCheck
{
    private const double Tolerance = 1e-9;

    public static IReadOnlyList<PrincipalRepayment> Repayments(CouponBond bond, IEnumerable<PrincipalRepayment> repayments)
    {
        ArgumentNullException.ThrowIfNull(repayments);
        var list = repayments.OrderBy(r => r.Date).ToList();
        double total = 0;
        for (var i = 0; i < list.Count; i++)
        {
            var r = list[i];
            if (!double.IsFinite(r.PercentOfOriginalFace) || r.PercentOfOriginalFace <= 0 || r.PercentOfOriginalFace > 100)
                throw new DomainException($"a repayment is a percentage of the original face above 0 and at most 100 (20 = 20 %), was {r.PercentOfOriginalFace} on {Iso(r.Date)}", "repayments");
            CouponDate(bond, r.Date, "repayments", "a repayment", allowMaturity: true);
            if (i > 0 && list[i - 1].Date == r.Date)
                throw new DomainException($"two repayments on {Iso(r.Date)}", "repayments");
            total += r.PercentOfOriginalFace;
            if (r.Date < bond.MaturityDate && total >= 100 - Tolerance)
                throw new DomainException($"the repayments reach the whole face on {Iso(r.Date)}, before maturity {Iso(bond.MaturityDate)}: that date is the maturity", "repayments");
        }
        if (total > 100 + Tolerance || list.Count > 0 && list[^1].Date == bond.MaturityDate && Math.Abs(total - 100) > Tolerance)
            throw new DomainException($"the repayments add up to {total} % of the face; with one at maturity they must add up to 100 (leave maturity out to repay the rest then)", "repayments");
        return list;
    }

    public static IReadOnlyList<EmbeddedOption> Options(CouponBond bond, IEnumerable<EmbeddedOption> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var list = options.OrderBy(o => o.ExerciseDate).ThenBy(o => o.Kind).ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var o = list[i];
            if (!Enum.IsDefined(o.Kind))
                throw new DomainException($"unknown option kind {(int)o.Kind}", "options");
            if (!double.IsFinite(o.ExercisePrice) || o.ExercisePrice <= 0 || o.ExercisePrice > 200)
                throw new DomainException($"an exercise price is per 100 of the outstanding face, above 0 and at most 200, was {o.ExercisePrice}", "options");
            CouponDate(bond, o.ExerciseDate, "options", "an exercise date", allowMaturity: false);
            if (i > 0 && list[i - 1].ExerciseDate == o.ExerciseDate && list[i - 1].Kind == o.Kind)
                throw new DomainException($"two {o.Kind.ToString().ToLowerInvariant()}s on {Iso(o.ExerciseDate)}", "options");
        }
        return list;
    }

    public static IReadOnlyList<CouponReset> Resets(CouponBond bond, IEnumerable<CouponReset> resets)
    {
        ArgumentNullException.ThrowIfNull(resets);
        if (bond.FloatingCoupon is not null)
            throw new DomainException("coupon resets apply to fixed-coupon bonds; a floater's coupon follows its index", "couponResets");
        var list = resets.OrderBy(r => r.Date).ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var r = list[i];
            if (r.NewCouponRate is { } rate && (!double.IsFinite(rate) || rate < 0 || rate >= 1))
                throw new DomainException($"a new coupon rate must be a decimal from 0 up to 1, was {rate}", "couponResets");
            CouponDate(bond, r.Date, "couponResets", "a coupon reset", allowMaturity: false);
            if (i > 0 && list[i - 1].Date == r.Date)
                throw new DomainException($"two coupon resets on {Iso(r.Date)}", "couponResets");
        }
        return list;
    }

    private static void CouponDate(CouponBond bond, DateOnly date, string field, string what, bool allowMaturity)
    {
        if (date <= bond.IssueDate || date > bond.MaturityDate || !allowMaturity && date == bond.MaturityDate)
            throw new DomainException($"{what} on {Iso(date)} is outside the bond's life ({Iso(bond.IssueDate)} to {Iso(bond.MaturityDate)}{(allowMaturity ? "" : ", maturity excluded")})", field);
        if (!bond.IsCouponDate(date))
            throw new DomainException($"{what} on {Iso(date)} is not a coupon date of the bond (coupons every {bond.Frequency.MonthsPerPeriod} months back from {Iso(bond.MaturityDate)})", field);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
