namespace Platform.Trading.Domain.ReferenceData;

/// ISIN (ISO 6166): two letters, nine letters or digits, and a Luhn check digit over the letters expanded to numbers.
public static class IsinRules
{
    public static bool IsValid(string isin)
    {
        if (isin.Length != 12 || !char.IsAsciiLetterUpper(isin[0]) || !char.IsAsciiLetterUpper(isin[1]) || !char.IsAsciiDigit(isin[11])) return false;
        var digits = new List<int>(24);
        foreach (var c in isin[..11])
        {
            if (char.IsAsciiDigit(c)) digits.Add(c - '0');
            else if (char.IsAsciiLetterUpper(c)) { var v = c - 'A' + 10; digits.Add(v / 10); digits.Add(v % 10); }
            else return false;
        }
        var sum = 0;
        for (var i = 0; i < digits.Count; i++)
        {
            var d = digits[digits.Count - 1 - i];
            if (i % 2 == 0) { d *= 2; if (d > 9) d -= 9; }
            sum += d;
        }
        return (10 - sum % 10) % 10 == isin[11] - '0';
    }

    /// The ISIN for a country and nine-character body, with its check digit: for demo data.
    public static string Complete(string countryAndBody)
    {
        for (var check = 0; check < 10; check++)
        {
            var candidate = countryAndBody + (char)('0' + check);
            if (IsValid(candidate)) return candidate;
        }
        throw new ArgumentException($"'{countryAndBody}' cannot take an ISIN check digit", nameof(countryAndBody));
    }
}
