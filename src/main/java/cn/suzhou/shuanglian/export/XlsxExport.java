package cn.suzhou.shuanglian.export;

import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.platform.web.PagingProperties;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Writes an {@link ExportedList} as an {@code .xlsx} workbook with Apache POI's streaming writer
 * (SXSSF): the list is read page by page ({@code shuanglian.api.paging.max-size} rows a page, each page
 * its own read of the database), and only the last {@value #ROWS_IN_MEMORY} rows stay in memory — the
 * rest go to a compressed temporary file that is deleted when the answer is sent. One sheet named as
 * the list, a bold header row frozen at the top, dates as Excel dates ({@code yyyy-mm-dd}), moments in
 * Beijing time ({@code yyyy-mm-dd hh:mm}), 是/否 for yes and no, and column widths fitted to the widest
 * value (a Chinese character counting twice).
 *
 * <p>Nothing is sent before the last page is read: a refusal of the list (403, 404, 400) is still
 * answered as problem+json.
 */
@Component
public class XlsxExport {

  public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  static final int ROWS_IN_MEMORY = 100;
  /** Widest column, in characters: long texts (facts, content) stay readable without filling the screen. */
  static final int MAX_WIDTH = 60;

  private final PagingProperties paging;

  public XlsxExport(PagingProperties paging) {
    this.paging = paging;
  }

  /** Reads every page of the list and sends the workbook as an attachment named after the list. */
  public <T> void send(ExportedList<T> list, HttpServletResponse response) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
      try {
        workbook.setCompressTempFiles(true);
        write(list, workbook);
        response.setContentType(MEDIA_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(list.name() + ".xlsx"));
        try (OutputStream out = response.getOutputStream()) {
          workbook.write(out);
        }
      } finally {
        workbook.dispose();
      }
    }
  }

  /**
   * {@code attachment; filename*=UTF-8''…} (RFC 6266, RFC 8187): the Chinese name percent-encoded, without
   * the RFC 2047 {@code filename="=?UTF-8?Q?…?="} Spring's builder adds, which browsers show as is.
   */
  static String contentDisposition(String fileName) {
    return "attachment; filename*=UTF-8''" + UriUtils.encode(fileName, StandardCharsets.UTF_8);
  }

  <T> void write(ExportedList<T> list, SXSSFWorkbook workbook) {
    Styles styles = new Styles(workbook);
    SXSSFSheet sheet = workbook.createSheet(list.name());
    List<Column<T>> columns = list.columns();
    int[] widths = new int[columns.size()];
    SXSSFRow header = sheet.createRow(0);
    for (int c = 0; c < columns.size(); c++) {
      SXSSFCell cell = header.createCell(c);
      cell.setCellValue(columns.get(c).header());
      cell.setCellStyle(styles.header);
      widths[c] = displayWidth(columns.get(c).header());
    }
    sheet.createFreezePane(0, 1);
    int size = paging.maxSize();
    int rowNumber = 1;
    for (int page = 0; ; page++) {
      List<T> rows = list.pages().apply(PageRequest.of(page, size));
      for (T row : rows) {
        SXSSFRow line = sheet.createRow(rowNumber++);
        for (int c = 0; c < columns.size(); c++) {
          widths[c] = Math.max(widths[c], cell(line, c, columns.get(c).value().apply(row), styles));
        }
      }
      if (rows.size() < size || page >= Integer.MAX_VALUE / size - 1) {
        break;
      }
    }
    for (int c = 0; c < columns.size(); c++) {
      sheet.setColumnWidth(c, (Math.min(widths[c], MAX_WIDTH) + 2) * 256);
    }
  }

  /** Writes one value; answers its width in characters. */
  private static int cell(SXSSFRow row, int column, Object value, Styles styles) {
    if (value == null) {
      return 0;
    }
    SXSSFCell cell = row.createCell(column);
    if (value instanceof LocalDate date) {
      cell.setCellValue(date);
      cell.setCellStyle(styles.date);
      return 10;
    }
    if (value instanceof Instant moment) {
      cell.setCellValue(LocalDateTime.ofInstant(moment, EngineClock.ZONE));
      cell.setCellStyle(styles.dateTime);
      return 16;
    }
    if (value instanceof BigDecimal decimal) {
      cell.setCellValue(decimal.doubleValue());
      return decimal.toPlainString().length();
    }
    if (value instanceof Number number) {
      cell.setCellValue(number.doubleValue());
      return number.toString().length();
    }
    if (value instanceof Enum<?> e) {
      throw new IllegalStateException("a column shows the enum " + e.getDeclaringClass().getSimpleName()
          + " without its Chinese label");
    }
    String text = value instanceof Boolean yes ? (yes ? "是" : "否")
        : value instanceof Collection<?> items ? items.stream().map(String::valueOf).collect(Collectors.joining("、"))
        : value.toString();
    cell.setCellValue(text);
    return displayWidth(text);
  }

  /** Columns a text takes: two for a wide (Chinese, full-width, emoji) character, one otherwise. */
  static int displayWidth(String text) {
    return text.codePoints().map(cp -> wide(cp) ? 2 : 1).sum();
  }

  private static boolean wide(int codePoint) {
    if (codePoint >= 0x1F000) {
      return true;  // emoji, and the CJK extension planes (𠮷, 𡒄)
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN || (codePoint >= 0x3000 && codePoint <= 0x30FF)
        || (codePoint >= 0xFF00 && codePoint <= 0xFF60);
  }

  private static final class Styles {
    final CellStyle header;
    final CellStyle date;
    final CellStyle dateTime;

    Styles(SXSSFWorkbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      header = workbook.createCellStyle();
      header.setFont(bold);
      short dateFormat = workbook.createDataFormat().getFormat("yyyy-mm-dd");
      date = workbook.createCellStyle();
      date.setDataFormat(dateFormat);
      dateTime = workbook.createCellStyle();
      dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
    }
  }
}
