namespace Platform.SharedKernel;

/// <summary>What a valid code looks like in each <see cref="SecurityIdScheme"/>.</summary>
internal static class SecurityIdRules
{
    public const string KnownSchemes = "CFETS, SSE, SZSE, BSE, ISIN";

    public static string SchemeName(SecurityIdScheme scheme) => scheme switch
    {
        SecurityIdScheme.Cfets => "CFETS",
        SecurityIdScheme.Sse => "SSE",
        SecurityIdScheme.Szse => "SZSE",
        SecurityIdScheme.Bse => "BSE",
        SecurityIdScheme.Isin => "ISIN",
        _ => scheme.ToString(),
    };

    public static bool TryParseScheme(ReadOnlySpan<char> name, out SecurityIdScheme scheme)
    {
        foreach (var candidate in Enum.GetValues<SecurityIdScheme>())
        {
            if (name.Equals(SchemeName(candidate), StringComparison.OrdinalIgnoreCase))
            {
                scheme = candidate;
                return true;
            }
        }
        scheme = default;
        return false;
    }

    /// <returns>null when <paramref name="code"/> is valid in <paramref name="scheme"/>, else what is wrong with it.</returns>
    public static string? Problem(SecurityIdScheme scheme, string? code) => scheme switch
    {
        SecurityIdScheme.Cfets => code is { Length: >= 6 and <= 12 } && IsUpperAlphanumeric(code) ? null
            : $"CFETS codes are 6 to 12 digits or upper-case letters, was '{code}'",
        SecurityIdScheme.Sse or SecurityIdScheme.Szse or SecurityIdScheme.Bse =>
            code is { Length: 6 } && code.All(char.IsAsciiDigit) ? null
            : $"{SchemeName(scheme)} codes are exactly 6 digits, was '{code}'",
        SecurityIdScheme.Isin => IsinProblem(code),
        _ => $"unknown security id scheme {(int)scheme}",
    };

    /// <summary>ISO 6166: country letters, nine letters or digits, and a check digit (Luhn over letters as 10..35).</summary>
    private static string? IsinProblem(string? code)
    {
        if (code is not { Length: 12 }
            || !char.IsAsciiLetterUpper(code[0]) || !char.IsAsciiLetterUpper(code[1])
            || !IsUpperAlphanumeric(code.AsSpan(2, 9))
            || !char.IsAsciiDigit(code[11]))
            return $"an ISIN must be 2 upper-case country letters, 9 upper-case letters or digits and a check digit, was '{code}'";
        int expected = IsinCheckDigit(code.AsSpan(0, 11));
        return code[11] - '0' == expected ? null
            : $"ISIN '{code}' has check digit {code[11]} but its first 11 characters give {expected}; it is mistyped";
    }

    private static int IsinCheckDigit(ReadOnlySpan<char> payload)
    {
        // Letters expand to two digits; Luhn doubles every second digit counting from the right of the expansion.
        int sum = 0;
        bool doubleIt = true;
        for (int i = payload.Length - 1; i >= 0; i--)
        {
            int value = char.IsAsciiDigit(payload[i]) ? payload[i] - '0' : payload[i] - 'A' + 10;
            if (value >= 10)
            {
                sum += LuhnDigit(value % 10, doubleIt) + LuhnDigit(value / 10, !doubleIt);
                continue;
            }
            sum += LuhnDigit(value, doubleIt);
            doubleIt = !doubleIt;
        }
        return (10 - sum % 10) % 10;
    }

    private static int LuhnDigit(int digit, bool doubleIt) =>
        !doubleIt ? digit : digit * 2 > 9 ? digit * 2 - 9 : digit * 2;

    private static bool IsUpperAlphanumeric(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c))
                return false;
        }
        return true;
    }
}
