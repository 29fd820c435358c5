using Platform.SharedKernel;
using Platform.Trading.Contracts.ReferenceData;

namespace Platform.Web.Texts;

/// The reference data import page: what can be imported, the columns each file needs, and the outcome.
public static class ReferenceImportTexts
{
    public static readonly LocalizedText Title = new("参考数据导入", "Reference data import");
    public static readonly LocalizedText Intro = new("上传带表头的 CSV 文件（UTF-8 或 GBK/GB18030，不超过 10 MB）。整个文件无误才会导入；已存在的代码会被覆盖。债券引用发行人，请先导入发行人。",
        "Upload a CSV file with a header row (UTF-8 or GBK/GB18030, at most 10 MB). Only a file without a single problem is imported; existing ids are replaced. Bonds refer to issuers, so import issuers first.");
    public static readonly LocalizedText Kind = new("导入内容", "What to import");
    public static readonly LocalizedText File = new("CSV 文件", "CSV file");
    public static readonly LocalizedText ChooseFile = new("选择文件", "Choose a file");
    public static readonly LocalizedText NoFile = new("未选择文件", "No file chosen");
    public static readonly LocalizedText FileChosen = new("{0}（{1:N0} 字节）", "{0} ({1:N0} bytes)");
    public static readonly LocalizedText Columns = new("表头列（顺序不限）", "Header columns (any order)");
    public static readonly LocalizedText Import = new("导入", "Import");
    public static readonly LocalizedText TooLarge = new("文件超过 {0} MB", "The file is larger than {0} MB");
    public static readonly LocalizedText ChooseFileFirst = new("请先选择 CSV 文件", "Choose a CSV file first");
    public static readonly LocalizedText Imported = new("已导入 {0} 行", "Imported {0} rows");
    public static readonly LocalizedText NothingImported = new("文件有 {0} 处问题，未导入任何数据", "The file has {0} problems; nothing was imported");
    public static readonly LocalizedText Line = new("行号", "Line");
    public static readonly LocalizedText Column = new("列", "Column");
    public static readonly LocalizedText Message = new("问题", "Problem");

    public static LocalizedText KindName(string kind) => kind switch
    {
        ImportKinds.Issuers => new("发行人", "Issuers"),
        ImportKinds.Bonds => new("债券", "Bonds"),
        ImportKinds.Counterparties => new("交易对手", "Counterparties"),
        _ => new(kind, kind),
    };

    /// The trading module's CSV layouts (its README); the facade checks the header and names a missing or unknown column.
    public static string ColumnsOf(string kind) => kind switch
    {
        ImportKinds.Issuers => "issuerId,name,shortName,creditCode,issuerKind,sector,rating,ratingAgency",
        ImportKinds.Bonds => "bondId,shortName,fullName,bondType,issuerId,couponType,couponRatePct,frequency,dayCount,issueDate,maturityDate,"
            + "issueSizeYi,minFaceWan,externalRating,ratingAgency,impliedRating,optionKind,optionDate,optionPrice,isin,codes",
        ImportKinds.Counterparties => "counterpartyId,name,shortName,cfetsMemberCode,kind,whitelistStatus,creditLineWan,relatedParty,traders",
        _ => "",
    };
}
