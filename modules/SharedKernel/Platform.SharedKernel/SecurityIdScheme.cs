namespace Platform.SharedKernel;

/// <summary>Who assigned a security's code 证券代码: a trading venue, or ISO 6166 for ISINs.</summary>
public enum SecurityIdScheme
{
    /// <summary>China inter-bank market 银行间市场 code as CFETS/CCDC/SHCH publish it, e.g. 220210 or 112303001.</summary>
    Cfets,

    /// <summary>Shanghai Stock Exchange 上交所, six digits, e.g. 019547.</summary>
    Sse,

    /// <summary>Shenzhen Stock Exchange 深交所, six digits.</summary>
    Szse,

    /// <summary>Beijing Stock Exchange 北交所, six digits.</summary>
    Bse,

    /// <summary>International Securities Identification Number (ISO 6166), e.g. CNE1000002H1.</summary>
    Isin,
}
