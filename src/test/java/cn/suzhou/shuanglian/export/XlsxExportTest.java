package cn.suzhou.shuanglian.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suzhou.shuanglian.platform.web.PagingProperties;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;
import org.springframework.mock.web.MockHttpServletResponse;

/** The workbook writer alone: page by page, each value as a cell of its kind, widths for Chinese text. */
class XlsxExportTest {

  record Item(int n, String name, LocalDate day, Instant at, Boolean yes, List<String> tags) {}

  static final List<Item> ITEMS = IntStream.range(0, 10).mapToObj(n -> new Item(n, "宿州𠮷𡒄😀" + n,
      LocalDate.of(2026, 1, 1).plusDays(n), Instant.parse("2026-03-01T02:30:00Z"), n % 2 == 0 ? Boolean.TRUE : null,
      List.of("新材料", "装备制造"))).toList();

  @Test
  @DisplayName("reads the list a page of max-size rows at a time until a short page, and writes every row once, in order")
  void pageByPage() throws Exception {
    List<Pageable> asked = new ArrayList<>();
    XlsxExport export = new XlsxExport(new PagingProperties(2, 3));
    MockHttpServletResponse response = new MockHttpServletResponse();
    export.send(new ExportedList<>("测试清单", List.<Column<Item>>of(
        Column.of("序号", Item::n), Column.of("名称", Item::name), Column.of("日期", Item::day),
        Column.of("时间", Item::at), Column.of("是否", Item::yes), Column.of("领域", Item::tags)),
        pageable -> {
          asked.add(pageable);
          int from = (int) Math.min(pageable.getOffset(), ITEMS.size());
          return ITEMS.subList(from, Math.min(from + pageable.getPageSize(), ITEMS.size()));
        }), response);

    assertThat(asked).extracting(Pageable::getPageNumber).containsExactly(0, 1, 2, 3);
    assertThat(asked).extracting(Pageable::getPageSize).containsOnly(3);
    assertThat(response.getContentType()).isEqualTo(XlsxExport.MEDIA_TYPE);
    assertThat(response.getHeader("Content-Disposition"))
        .isEqualTo("attachment; filename*=UTF-8''%E6%B5%8B%E8%AF%95%E6%B8%85%E5%8D%95.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
      Sheet sheet = workbook.getSheet("测试清单");
      DataFormatter shown = new DataFormatter();
      assertThat(sheet.getLastRowNum()).isEqualTo(10);
      for (int r = 1; r <= 10; r++) {
        var row = sheet.getRow(r);
        assertThat(shown.formatCellValue(row.getCell(0))).isEqualTo(Integer.toString(r - 1));
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo("宿州𠮷𡒄😀" + (r - 1));
        assertThat(shown.formatCellValue(row.getCell(2))).isEqualTo(LocalDate.of(2026, 1, 1).plusDays(r - 1).toString());
        assertThat(shown.formatCellValue(row.getCell(3))).as("Beijing time").isEqualTo("2026-03-01 10:30");
        assertThat(row.getCell(4) == null ? "" : row.getCell(4).getStringCellValue()).isEqualTo(r % 2 == 1 ? "是" : "");
        assertThat(row.getCell(5).getStringCellValue()).isEqualTo("新材料、装备制造");
      }
      // 宿州 + 𠮷𡒄 + 😀 + a digit: 2·5 + 1 columns, plus a margin of 2
      assertThat(sheet.getColumnWidth(1)).isEqualTo((11 + 2) * 256);
      assertThat(sheet.getColumnWidth(0)).isEqualTo((4 + 2) * 256);
    }
  }

  @Test
  @DisplayName("an enum without its Chinese label is refused: no English code reaches an official's sheet")
  void enumWithoutLabelRefused() {
    XlsxExport export = new XlsxExport(new PagingProperties(2, 3));
    assertThatThrownBy(() -> export.send(new ExportedList<>("测试", List.<Column<Thread.State>>of(
        Column.of("状态", s -> s)), pageable -> List.of(Thread.State.NEW)), new MockHttpServletResponse()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("Chinese label");
  }

  @Test
  @DisplayName("display width: a Chinese character, a character of the extension planes and an emoji take two columns")
  void displayWidth() {
    assertThat(XlsxExport.displayWidth("ab1")).isEqualTo(3);
    assertThat(XlsxExport.displayWidth("专员（省级）")).isEqualTo(12);
    assertThat(XlsxExport.displayWidth("𠮷𡒄😀")).isEqualTo(6);
  }
}
