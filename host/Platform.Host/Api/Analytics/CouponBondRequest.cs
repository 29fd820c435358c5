using Platform.Analytics.Schedules;
using Platform.Analytics.Bonds;
using Platform.Analytics.DayCounts;
using Platform.Analytics.Indices;
using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel;

namespace Platform.Host.Api.Analytics;

/// Builds and resolves the library's general coupon bond from the API's bond: stubs, amortising, options, coupon
/// resets, floaters. Every problem with the bond is reported under <c>bond.&lt;field&gt;</c>.
internal static class CouponBondRequest
{
    public static ResolvedCashFlowBond Resolve(BondDefinitionDto dto, DateOnly settlement)
    {
        var floating = dto.Kind == "floating";
        CheckFields(dto, floating);
        var bond = UnderBond(() => Define(dto, floating));
        var resolved = floating
            ? Resolve(bond, Fixings(bond.FloatingCoupon!.Index, dto.Fixings), settlement)
            : UnderBond(bond.Resolve);
        return dto.ToExerciseDate is { } exercise ? UnderBond(() => resolved.ToExercise(exercise)) : resolved;
    }

    private static void CheckFields(BondDefinitionDto dto, bool floating)
    {
        var problems = new Dictionary<string, string[]>();
        void Need(bool present, string field, string zh, string en)
        {
            if (!present) problems[$"bond.{field}"] = [new LocalizedText(zh, en).Current];
        }
        Need(dto.Frequency is not null, "frequency", "须给出付息频率 frequency", "frequency is required");
        Need(dto.IssueDate is not null, "issueDate", "须给出起息日 issueDate", "issueDate is required");
        if (floating)
        {
            Need(dto.Index is not null, "index", "浮动利率债券须给出基准利率 index（如 SHIBOR-3M）", "a floating bond needs its index (e.g. SHIBOR-3M)");
            Need(dto.CouponRate is null, "couponRate", "浮动利率债券的票面利率为基准加利差：请给 spread，不要给 couponRate", "a floating bond's coupon is its index plus spread: give spread, not couponRate");
        }
        else
        {
            Need(dto.CouponRate is not null, "couponRate", "须给出票面利率 couponRate", "couponRate is required");
            foreach (var (present, field) in new[] { (dto.Index is not null, "index"), (dto.Spread is not null, "spread"), (dto.Cap is not null, "cap"),
                         (dto.Floor is not null, "floor"), (dto.FixingLag is not null, "fixingLag"), (dto.Fixings is { Count: > 0 }, "fixings") })
                Need(!present, field, $"只有浮动利率债券（kind floating）才有 {field}", $"only a floating bond (kind floating) has {field}");
        }
        if (dto.Kind == "amortising")
            Need(dto.Repayments is { Count: > 0 }, "repayments", "摊还债券须给出还本计划 repayments", "an amortising bond needs its repayments");
        if (problems.Count > 0) throw new ValidationFailedException(problems);
    }

    private static CouponBond Define(BondDefinitionDto dto, bool floating)
    {
        var frequency = CouponFrequency.Of(dto.Frequency!.Value);
        var dayCount = dto.DayCount is null ? DayCount.ActActIcma : DayCounts.Parse(dto.DayCount);
        var stub = dto.FirstCoupon switch
        {
            null or "short" => StubConvention.ShortInitial,
            "long" => StubConvention.LongInitial,
            _ => throw new DomainException($"firstCoupon is short or long, was '{dto.FirstCoupon}'", "firstCoupon"),
        };
        var bond = floating
            ? CouponBond.Floating(FloatingCoupon.Of(CnyRateIndices.ByName(dto.Index!), dto.Spread ?? 0, dto.Cap, dto.Floor, dto.FixingLag),
                frequency, dto.IssueDate!.Value, dto.MaturityDate, dayCount, stub)
            : CouponBond.Fixed(dto.CouponRate!.Value, frequency, dto.IssueDate!.Value, dto.MaturityDate, dayCount, stub);
        if (dto.Repayments is { Count: > 0 } repayments)
            bond = bond.WithRepayments(repayments.Select(r => new PrincipalRepayment(r.Date, r.PercentOfOriginalFace)));
        if (dto.Options is { Count: > 0 } options)
            bond = bond.WithOptions(options.Select(o => new EmbeddedOption(OptionKind(o.Kind), o.ExerciseDate, o.Price ?? 100)));
        if (dto.CouponResets is { Count: > 0 } resets)
            bond = bond.WithCouponResets(resets.Select(r => new CouponReset(r.Date, r.CouponRate)));
        return bond;
    }

    private static BondOptionKind OptionKind(string? kind) => kind switch
    {
        "call" => BondOptionKind.Call,
        "put" => BondOptionKind.Put,
        _ => throw new DomainException($"an option's kind is call or put, was '{kind}'", "options"),
    };

    /// The request's own fixings of the bond's index: the API never prices on the library's demo history, which is not
    /// official data. A floater whose current coupon needs a fixing that is not given is refused naming bond.fixings.
    private static FixingHistory Fixings(RateIndex index, IReadOnlyList<FixingDto>? fixings)
    {
        var history = FixingHistory.Empty;
        foreach (var f in fixings ?? [])
            history = UnderBond(() => history.With(index.Name, f.Date, f.Rate), "fixings");
        return history;
    }

    /// Resolving a floater as of the settlement date: a calendar gap blames the settlement date, the rest the bond.
    private static ResolvedCashFlowBond Resolve(CouponBond bond, FixingHistory fixings, DateOnly settlement)
    {
        try
        {
            return bond.Resolve(fixings, settlement);
        }
        catch (DomainException ex) when (ex.Field is not null and not "settlementDate")
        {
            throw new ValidationFailedException("bond." + ex.Field, ex.Message);
        }
    }

    private static T UnderBond<T>(Func<T> run, string? field = null)
    {
        try
        {
            return run();
        }
        catch (DomainException ex) when (ex.Field is not null)
        {
            throw new ValidationFailedException("bond." + (field ?? ex.Field), ex.Message);
        }
    }
}
