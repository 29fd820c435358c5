namespace Platform.Trading.Domain.ReferenceData;

/// The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from 0-9 and A-Z without I, O, S, V, Z;
/// the last is a check character, weights 3^i mod 31 over the first 17.
public static class CreditCodeRules
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public static bool IsValid(string code) => code.Length == 18 && code.All(c => Alphabet.Contains(c)) && CheckCharacter(code[..17]) == code[17];

    public static char CheckCharacter(string first17)
    {
        var sum = 0;
        var weight = 1;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(first17[i]) * weight;
            weight = weight * 3 % 31;
        }
        return Alphabet[(31 - sum % 31) % 31];
    }
}
