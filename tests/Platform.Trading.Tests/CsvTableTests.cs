using Platform.Trading.Application.Import;
using Xunit;

namespace Platform.Trading.Tests;

/// The CSV reader: quoting, line endings, the byte-order mark, and line numbers that match what an editor shows.
public sealed class CsvTableTests
{
    [Fact]
    public void Quoted_cells_keep_commas_quotes_and_newlines_and_lines_are_counted_as_in_the_file()
    {
        var table = CsvTable.Parse("\uFEFFid,name,note\r\n1,\"中国银行, 总行\",\"say \"\"hi\"\"\"\r\n\r\n2,b,\"two\nlines\"\n3,c,\n");
        Assert.Equal(["id", "name", "note"], table.Header);
        Assert.Equal([2, 4, 6], table.Rows.Select(r => r.Line));
        Assert.Equal("中国银行, 总行", table.Rows[0]["name"]);
        Assert.Equal("say \"hi\"", table.Rows[0]["note"]);
        Assert.Equal("two\nlines", table.Rows[1]["note"]);
        Assert.Equal("", table.Rows[2]["note"]);
        Assert.Equal("c", table.Rows[2]["NAME"]);   // column names without case
    }

    [Fact]
    public void An_empty_file_has_no_header_and_a_short_row_reads_blank_cells()
    {
        Assert.Empty(CsvTable.Parse("").Header);
        Assert.Empty(CsvTable.Parse("\uFEFF\r\n").Header);
        var table = CsvTable.Parse("a,b,c\n1,2\n");
        Assert.Equal("", table.Rows[0]["c"]);
        Assert.Equal(2, table.Rows[0].CellCount);
    }
}
