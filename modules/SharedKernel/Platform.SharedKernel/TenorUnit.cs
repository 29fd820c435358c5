namespace Platform.SharedKernel;

/// <summary>The unit a <see cref="Tenor"/> counts in.</summary>
public enum TenorUnit
{
    /// <summary>Calendar days (D); repo tenors such as 7D (R007) count calendar days.</summary>
    Day,
    Week,
    Month,
    Year,
}
