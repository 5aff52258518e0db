package cn.suzhou.shuanglian.export;

import cn.suzhou.shuanglian.platform.web.ApiException;
import cn.suzhou.shuanglian.platform.web.ApiException.FieldProblem;
import cn.suzhou.shuanglian.platform.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Excel import templates and their reading (issue 16). A template has the list's sheet — the Chinese
 * headers in row 1, bold and frozen, every cell text (a credit code or a phone number stays as typed),
 * a drop-down list for each enumeration — and a second sheet 填写说明 explaining each column in words.
 * An upload is read with POI's XSSF reader (the files are small: at most
 * {@code shuanglian.excel-import.max-file-size}, default 2 MB, and {@code max-rows} rows, default
 * 2,000); the columns are found by their headers, in any order. A file that is no .xlsx workbook, is
 * too large or too long, or lacks a column is refused as a whole: 400 naming the request field
 * {@code file} and the reason, in the caller's language. A file whose zip unpacks to more than
 * {@value #UNPACKED_FACTOR} times the size limit is refused as too large before POI reads it.
 */
@Component
public class XlsxImport {

  static final String GUIDE_SHEET = "填写说明";
  static final String FIELD = "file";
  /** How much larger than the file limit its unpacked content may be (2 MB: 32 MB of XML). */
  static final int UNPACKED_FACTOR = 16;

  private final Messages messages;
  private final DataSize maxFileSize;
  private final int maxRows;

  public XlsxImport(Messages messages,
      @Value("${shuanglian.excel-import.max-file-size:2MB}") DataSize maxFileSize,
      @Value("${shuanglian.excel-import.max-rows:2000}") int maxRows) {
    this.messages = messages;
    this.maxFileSize = maxFileSize;
    this.maxRows = maxRows;
  }

  /** The rows of a file: by row field, each cell's text (null when empty), and each row's number in Excel. */
  public record ReadRows(List<Map<String, String>> rows, List<Integer> excelRows) {}

  /** Sends the sheet's template as an attachment named {@code <name>导入模板.xlsx}. */
  public void sendTemplate(ImportSheet sheet, HttpServletResponse response) throws IOException {
    try (XSSFWorkbook workbook = template(sheet)) {
      response.setContentType(XlsxExport.MEDIA_TYPE);
      response.setHeader(HttpHeaders.CONTENT_DISPOSITION, XlsxExport.contentDisposition(sheet.name() + "导入模板.xlsx"));
      try (OutputStream out = response.getOutputStream()) {
        workbook.write(out);
      }
    }
  }

  XSSFWorkbook template(ImportSheet list) {
    XSSFWorkbook workbook = new XSSFWorkbook();
    Font bold = workbook.createFont();
    bold.setBold(true);
    CellStyle header = workbook.createCellStyle();
    header.setFont(bold);
    CellStyle text = workbook.createCellStyle();
    text.setDataFormat(workbook.createDataFormat().getFormat("@"));
    text.setWrapText(true);

    XSSFSheet sheet = workbook.createSheet(list.name());
    Row headers = sheet.createRow(0);
    DataValidationHelper validations = sheet.getDataValidationHelper();
    List<ImportColumn> columns = list.columns();
    for (int c = 0; c < columns.size(); c++) {
      ImportColumn column = columns.get(c);
      Cell cell = headers.createCell(c);
      cell.setCellValue(column.header());
      cell.setCellStyle(header);
      sheet.setDefaultColumnStyle(c, text);
      sheet.setColumnWidth(c, (Math.min(Math.max(XlsxExport.displayWidth(column.header()), 12), XlsxExport.MAX_WIDTH)
          + 2) * 256);
      if (!column.choices().isEmpty()) {
        DataValidationConstraint constraint = validations.createExplicitListConstraint(
            column.choices().toArray(String[]::new));
        DataValidation validation = validations.createValidation(constraint,
            new CellRangeAddressList(1, maxRows, c, c));
        validation.setSuppressDropDownArrow(true);  // XSSF: true shows the arrow
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox("取值无效", "请从下拉列表中选择：" + String.join("、", column.choices()));
        sheet.addValidationData(validation);
      }
    }
    sheet.createFreezePane(0, 1);

    Sheet guide = workbook.createSheet(GUIDE_SHEET);
    Row intro = guide.createRow(0);
    intro.createCell(0).setCellValue("请在“" + list.name() + "”工作表中填写，第一行的列名请勿修改、删除；" + list.rowNote()
        + "，最多 " + maxRows + " 行；文件须为 .xlsx 格式，不超过 " + human(maxFileSize)
        + "。导入时逐行检查，任何一行有误则整个文件都不导入，并按行号和列名列出全部问题。");
    Row guideHeader = guide.createRow(2);
    String[] titles = {"列名", "填写说明", "可选值"};
    for (int c = 0; c < titles.length; c++) {
      Cell cell = guideHeader.createCell(c);
      cell.setCellValue(titles[c]);
      cell.setCellStyle(header);
    }
    for (int i = 0; i < columns.size(); i++) {
      ImportColumn column = columns.get(i);
      Row line = guide.createRow(3 + i);
      line.createCell(0).setCellValue(column.header());
      line.createCell(1).setCellValue(column.note());
      line.createCell(2).setCellValue(String.join("、", column.choices()));
    }
    guide.setColumnWidth(0, 40 * 256);
    guide.setColumnWidth(1, XlsxExport.MAX_WIDTH * 2 * 256);
    guide.setColumnWidth(2, 50 * 256);
    return workbook;
  }

  /** Reads the uploaded workbook's first sheet: blank rows skipped, every other row by its columns' headers. */
  public ReadRows read(ImportSheet list, MultipartFile file) {
    if (file == null || file.isEmpty()) {
      throw refused("import.file.empty");
    }
    if (file.getSize() > maxFileSize.toBytes()) {
      throw refused("import.file.tooLarge", human(maxFileSize));
    }
    try {
      byte[] content = file.getBytes();  // at most max-file-size
      FileMagic magic = FileMagic.valueOf(new BufferedInputStream(new ByteArrayInputStream(content)));
      if (magic == FileMagic.OLE2) {
        throw refused("import.file.xls");
      }
      if (magic != FileMagic.OOXML) {
        throw refused("import.file.notXlsx");
      }
      if (!unpacksWithin(content, UNPACKED_FACTOR * maxFileSize.toBytes())) {
        throw refused("import.file.tooLarge", human(maxFileSize));
      }
      try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
        return rows(list, workbook);
      }
    } catch (ApiException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // no workbook inside the zip, a damaged file, a zip bomb POI refuses: the file, never a 500
      throw refused("import.file.notXlsx");
    }
  }

  /**
   * Does the zip unpack to at most {@code limit} bytes? Counted by reading it, not from its headers: the
   * XSSF reader holds a sheet in memory, so a small file that unpacks to hundreds of MB is refused first.
   */
  static boolean unpacksWithin(byte[] content, long limit) throws IOException {
    long total = 0;
    byte[] buffer = new byte[8192];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      while (zip.getNextEntry() != null) {
        for (int n; (n = zip.read(buffer)) != -1; ) {
          total += n;
          if (total > limit) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private ReadRows rows(ImportSheet list, XSSFWorkbook workbook) {
    if (workbook.getNumberOfSheets() == 0) {
      throw refused("import.file.noHeader");
    }
    Sheet sheet = workbook.getSheet(list.name()) != null ? workbook.getSheet(list.name()) : workbook.getSheetAt(0);
    DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
    Row headerRow = sheet.getRow(sheet.getFirstRowNum() < 0 ? 0 : sheet.getFirstRowNum());
    Map<String, Integer> byHeader = new LinkedHashMap<>();
    if (headerRow != null) {
      for (Cell cell : headerRow) {
        String header = clean(formatter.formatCellValue(cell));
        if (header != null) {
          byHeader.putIfAbsent(header, cell.getColumnIndex());
        }
      }
    }
    if (byHeader.isEmpty()) {
      throw refused("import.file.noHeader");
    }
    List<String> missing = list.columns().stream().map(ImportColumn::header).filter(h -> !byHeader.containsKey(h))
        .toList();
    if (!missing.isEmpty()) {
      throw refused("import.file.missingColumns", String.join("、", missing));
    }
    int headerIndex = headerRow.getRowNum();
    if (sheet.getLastRowNum() - headerIndex > maxRows) {
      // rows formatted but left empty count too: look at the ones with content before refusing
      long filled = 0;
      for (Row row : sheet) {
        if (row.getRowNum() > headerIndex && !blank(row, formatter)) {
          filled++;
        }
      }
      if (filled > maxRows) {
        throw refused("import.file.tooManyRows", String.valueOf(maxRows));
      }
    }
    List<Map<String, String>> rows = new ArrayList<>();
    List<Integer> excelRows = new ArrayList<>();
    for (Row row : sheet) {
      if (row.getRowNum() <= headerIndex || blank(row, formatter)) {
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (ImportColumn column : list.columns()) {
        values.put(column.field(), clean(formatter.formatCellValue(row.getCell(byHeader.get(column.header())))));
      }
      rows.add(values);
      excelRows.add(row.getRowNum() + 1);
    }
    if (rows.isEmpty()) {
      throw refused("import.file.noRows");
    }
    return new ReadRows(rows, excelRows);
  }

  private static boolean blank(Row row, DataFormatter formatter) {
    for (Cell cell : row) {
      if (clean(formatter.formatCellValue(cell)) != null) {
        return false;
      }
    }
    return true;
  }

  private static String clean(String value) {
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  /** 400 naming the request field {@code file} and the reason. */
  ApiException refused(String key, Object... args) {
    return ApiException.invalid(List.of(new FieldProblem(FIELD, messages.get(key, args))));
  }

  private static String human(DataSize size) {
    return size.toBytes() % (1024 * 1024) == 0 ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
  }
}
