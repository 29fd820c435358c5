using Platform.SharedKernel;

namespace Platform.Web.Texts;

/// The book hierarchy page and its trader-authority dialog.
public static class BookTexts
{
    public static readonly LocalizedText Title = new("账簿", "Books");
    public static readonly LocalizedText Intro = new("公司 → 部门 → 交易台 → 账簿的层级、会计分类，以及每个账簿的交易员及其单笔面额上限。",
        "The firm → department → desk → book hierarchy, accounting classes, and each book's traders with their limit per ticket.");
    public static readonly LocalizedText Name = new("名称", "Name");
    public static readonly LocalizedText Level = new("层级", "Level");
    public static readonly LocalizedText AccountingClass = new("会计分类", "Accounting class");
    public static readonly LocalizedText AllowShort = new("允许卖空", "Short selling");
    public static readonly LocalizedText Traders = new("交易员（单笔面额上限，万元）", "Traders (max face per ticket, 万元)");
    public static readonly LocalizedText SetAuthority = new("交易员授权", "Trader authority");
    public static readonly LocalizedText AuthorityTitle = new("账簿 {0} 的交易员授权", "Trader authority in book {0}");
    public static readonly LocalizedText UserName = new("交易员用户名", "Trader's user name");
    public static readonly LocalizedText MaxFace = new("单笔面额上限（万元）", "Max face per ticket (万元)");
    public static readonly LocalizedText MaxFaceHint = new("填 0 取消该交易员在此账簿的授权", "0 removes the trader from this book");
    public static readonly LocalizedText AuthoritySaved = new("已更新 {0} 在 {1} 的授权", "Authority of {0} in {1} saved");
}
