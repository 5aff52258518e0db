package cn.suzhou.shuanglian.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One printable official document being written (A4, Chinese): a title, a 文号, paragraphs, a two-column
 * form, signature and seal lines. The fonts are embedded as subsets from the application's own resources
 * ({@code fonts/README.md}): Droid Sans Fallback for Chinese, Liberation Sans for digits and Latin letters;
 * a character neither has (a rare ideograph of CJK Extension B, 𠮷 or 𡒄) is printed as {@value #MISSING}
 * instead of failing the document. Lines wrap at any character, as Chinese text does; a page that is full
 * continues on the next.
 */
final class OfficialDocument implements AutoCloseable {

  /** The typesetter's mark for a character the fonts lack (GB/T 15834 古代汉语缺字符号 〓). */
  static final String MISSING = "〓";
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private static final float MARGIN_X = 79f;   // 28 mm, as GB/T 9704 (党政机关公文格式) sets the left margin
  private static final float MARGIN_TOP = 70f;
  private static final float MARGIN_BOTTOM = 70f;
  private static final float BODY = 14f;       // 四号
  private static final float LEADING = 1.75f;
  private static final String NO_LINE_START = "，。、；：？！）》」』”’〕】…—,.;:?!)%";
  private static final String NO_LINE_END = "（《「『“‘〔【(";

  private final PDDocument pdf = new PDDocument();
  private final PDFont cjk;
  private final PDFont latin;
  private PDPageContentStream content;
  private float y;
  private int pages;

  OfficialDocument(String title) {
    try {
      cjk = load("fonts/DroidSansFallbackFull.ttf");
      latin = load("fonts/LiberationSans-Regular.ttf");
      PDDocumentInformation info = pdf.getDocumentInformation();
      info.setTitle(title);
      info.setCreator("宿州市双链融合专员管理系统");
      newPage();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The font files as read from the jar once (4.4 MB); each document parses and subsets its own copy. */
  private static final Map<String, byte[]> FONT_FILES = new ConcurrentHashMap<>();

  private PDFont load(String resource) throws IOException {
    byte[] file = FONT_FILES.computeIfAbsent(resource, OfficialDocument::read);
    return PDType0Font.load(pdf, new ByteArrayInputStream(file), true);
  }

  private static byte[] read(String resource) {
    try (InputStream in = OfficialDocument.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("font resource " + resource + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** 2025年9月1日. */
  static String chineseDate(LocalDate date) {
    return date == null ? "    年  月  日" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  static String chineseDate(Instant at) {
    return at == null ? chineseDate((LocalDate) null) : chineseDate(at.atZone(CHINA).toLocalDate());
  }

  private float width() {
    return PDRectangle.A4.getWidth() - 2 * MARGIN_X;
  }

  private void newPage() throws IOException {
    if (content != null) {
      content.close();
    }
    PDPage page = new PDPage(PDRectangle.A4);
    pdf.addPage(page);
    content = new PDPageContentStream(pdf, page);
    pages++;
    y = PDRectangle.A4.getHeight() - MARGIN_TOP;
    if (pages > 1) {
      text("— " + pages + " —", 10.5f, PDRectangle.A4.getWidth() / 2 - textWidth("— " + pages + " —", 10.5f) / 2,
          MARGIN_BOTTOM / 2);
    }
  }

  private void room(float height) throws IOException {
    if (y - height < MARGIN_BOTTOM) {
      newPage();
    }
  }

  /** A run of text in one font. */
  private record Run(PDFont font, String text) {}

  /** The text cut into runs of the font that has each character; characters none has become {@value #MISSING}. */
  private List<Run> runs(String text) {
    List<Run> runs = new ArrayList<>();
    PDFont current = null;
    StringBuilder run = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      i += Character.charCount(codePoint);
      String character = new String(Character.toChars(codePoint));
      PDFont font = has(cjk, character) ? cjk : has(latin, character) ? latin : null;
      if (font == null) {
        font = cjk;
        character = Character.isWhitespace(codePoint) || Character.isISOControl(codePoint) ? "　" : MISSING;
      }
      if (font != current && run.length() > 0) {
        runs.add(new Run(current, run.toString()));
        run.setLength(0);
      }
      current = font;
      run.append(character);
    }
    if (run.length() > 0) {
      runs.add(new Run(current, run.toString()));
    }
    return runs;
  }

  private static boolean has(PDFont font, String character) {
    try {
      font.encode(character);
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }

  private float textWidth(String text, float size) {
    float width = 0;
    try {
      for (Run run : runs(text)) {
        width += run.font().getStringWidth(run.text()) / 1000f * size;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return width;
  }

  private void text(String text, float size, float x, float baseline) throws IOException {
    content.beginText();
    content.newLineAtOffset(x, baseline);
    for (Run run : runs(text)) {
      content.setFont(run.font(), size);
      content.showText(run.text());
    }
    content.endText();
  }

  /** The text broken into lines no wider than {@code width}, the first indented by {@code firstIndent}. */
  private List<String> lines(String text, float size, float width, float firstIndent) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      float available = lines.isEmpty() ? width - firstIndent : width;
      for (int i = 0; i < paragraph.length(); ) {
        int codePoint = paragraph.codePointAt(i);
        i += Character.charCount(codePoint);
        String next = line + new String(Character.toChars(codePoint));
        // 标点禁则: a closing mark never starts a line (it hangs in the margin), an opening one never ends it
        if (line.length() > 0 && textWidth(next, size) > available && NO_LINE_START.indexOf(codePoint) < 0) {
          String carried = "";
          int last = line.codePointBefore(line.length());
          if (NO_LINE_END.indexOf(last) >= 0 && line.length() > Character.charCount(last)) {
            carried = new String(Character.toChars(last));
            line.setLength(line.length() - carried.length());
          }
          lines.add(line.toString());
          line.setLength(0);
          line.append(carried);
          available = width;
        }
        line.appendCodePoint(codePoint);
      }
      lines.add(line.toString());
    }
    return lines;
  }

  private void writeLines(String text, float size, float x, float width, float firstIndent) {
    try {
      List<String> lines = lines(text, size, width, firstIndent);
      for (int i = 0; i < lines.size(); i++) {
        room(size * LEADING);
        y -= size * LEADING;
        text(lines.get(i), size, x + (i == 0 ? firstIndent : 0), y);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document's title: 二号, centred. */
  OfficialDocument title(String title) {
    centred(title, 22f);
    space(8);
    return this;
  }

  /** A centred line (the 文号 under the title, a subtitle). */
  OfficialDocument centred(String text, float size) {
    try {
      room(size * LEADING);
      y -= size * LEADING;
      text(text, size, PDRectangle.A4.getWidth() / 2 - textWidth(text, size) / 2, y);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** A red-free 版头 rule under the title block. */
  OfficialDocument rule() {
    try {
      room(12);
      y -= 6;
      content.setLineWidth(1f);
      content.moveTo(MARGIN_X, y);
      content.lineTo(PDRectangle.A4.getWidth() - MARGIN_X, y);
      content.stroke();
      y -= 6;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** A line flush left without indent (the addressee 主送机关, a party). */
  OfficialDocument flush(String text) {
    writeLines(text, BODY, MARGIN_X, width(), 0);
    return this;
  }

  /** A paragraph with the first line indented two characters. */
  OfficialDocument paragraph(String text) {
    writeLines(text, BODY, MARGIN_X, width(), 2 * BODY);
    return this;
  }

  /** An article's heading (第一条 …), in a larger size. */
  OfficialDocument heading(String text) {
    space(4);
    try {
      room(15f * LEADING + 2 * BODY * LEADING);  // kept with the first lines of its text
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    writeLines(text, 15f, MARGIN_X, width(), 0);
    return this;
  }

  OfficialDocument space(float points) {
    y -= points;
    return this;
  }

  /** A bordered two-column form: each row a label and its value, the value wrapping inside its cell. */
  OfficialDocument form(List<String[]> rows) {
    float size = 12f;
    float labelWidth = 118f;
    float padding = 5f;
    float left = MARGIN_X;
    float right = PDRectangle.A4.getWidth() - MARGIN_X;
    try {
      space(6);
      for (String[] row : rows) {
        List<String> label = lines(row[0], size, labelWidth - 2 * padding, 0);
        List<String> value = lines(row[1] == null ? "" : row[1], size, right - left - labelWidth - 2 * padding, 0);
        float height = Math.max(label.size(), value.size()) * size * 1.5f + 2 * padding;
        if (y - height < MARGIN_BOTTOM) {
          newPage();
        }
        content.setLineWidth(0.6f);
        content.addRect(left, y - height, labelWidth, height);
        content.addRect(left + labelWidth, y - height, right - left - labelWidth, height);
        content.stroke();
        float baseline = y - padding - size * 1.1f;
        for (int i = 0; i < label.size(); i++) {
          text(label.get(i), size, left + padding, baseline - i * size * 1.5f);
        }
        for (int i = 0; i < value.size(); i++) {
          text(value.get(i), size, left + labelWidth + padding, baseline - i * size * 1.5f);
        }
        y -= height;
      }
      space(6);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * Signature and seal blocks side by side, two to a row, kept on one page: each the party's role, its
   * name, the line for the responsible person's signature and the date.
   */
  OfficialDocument signatures(List<String[]> parties) {
    float column = width() / 2;
    float size = 12f;  // a party's name of up to 17 characters fits its half of the line
    try {
      space(18);
      for (int i = 0; i < parties.size(); i += 2) {
        int lines = Math.max(parties.get(i).length, i + 1 < parties.size() ? parties.get(i + 1).length : 0);
        float height = (lines + 1) * size * LEADING;
        room(height);
        for (int j = i; j < Math.min(i + 2, parties.size()); j++) {
          float x = MARGIN_X + (j - i) * column + size;
          String[] party = parties.get(j);
          for (int k = 0; k < party.length; k++) {
            text(party[k], size, x, y - (k + 1) * size * LEADING);
          }
        }
        y -= height;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** The issuing authority and date at the right (落款), as on a notice. */
  OfficialDocument issuer(String authority, String date) {
    try {
      space(24);
      float right = PDRectangle.A4.getWidth() - MARGIN_X - 2 * BODY;
      room(2 * BODY * LEADING);
      y -= BODY * LEADING;
      text(authority, BODY, right - textWidth(authority, BODY), y);
      y -= BODY * LEADING;
      text(date, BODY, right - textWidth(date, BODY), y);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** The finished PDF. */
  byte[] bytes() {
    try {
      content.close();
      content = null;
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      if (content != null) {
        content.close();
      }
      pdf.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
