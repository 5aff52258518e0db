package cn.suzhou.shuanglian.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The page writer on its own: fonts from the jar only, the 〓 fallback, Chinese dates, wrapping onto numbered pages. */
class OfficialDocumentTest {

  static byte[] write(String text, int paragraphs) {
    try (OfficialDocument pdf = new OfficialDocument("测试")) {
      pdf.title("测试文书").centred("宿测〔2025〕1号", 14f).rule().flush(text);
      for (int i = 0; i < paragraphs; i++) {
        pdf.paragraph("第" + (i + 1) + "段：帮助县区（园区）企业开展科技咨询、技术诊断、产品开发、成果转化等技术服务。");
      }
      return pdf.bytes();
    }
  }

  @Test
  @DisplayName("characters no embedded font has (𠮷 𡒄, an emoji, a control character) print as 〓 or a space; Latin and digits in Liberation Sans")
  void missingGlyphsBecomeTheMissingMark() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(write("丙方：𠮷𡒄😀研究院 ABC-123\u0007。", 0))) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains("丙方：〓〓〓研究院 ABC-123", "宿测〔2025〕1号");
      List<String> fonts = new ArrayList<>();
      PDPage page = pdf.getPage(0);
      for (COSName name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        assertThat(font.isEmbedded()).isTrue();
        fonts.add(font.getName().substring(7));
        assertThat(font.getName()).matches("[A-Z]{6}\\+.+");
      }
      assertThat(fonts).containsExactlyInAnyOrder("DroidSansFallback", "LiberationSans");
    }
  }

  @Test
  @DisplayName("a long document continues on numbered A4 pages; closing punctuation never starts a line")
  void longTextWrapsOntoNumberedPages() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(write("甲方：", 40))) {
      assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains("— 2 —", "第40段");
      for (String line : text.split("\\R")) {
        assertThat(line).doesNotStartWith("，").doesNotStartWith("。").doesNotStartWith("、");
      }
    }
  }

  @Test
  @DisplayName("dates in Chinese format, moments on the Beijing calendar")
  void chineseDates() {
    assertThat(OfficialDocument.chineseDate(LocalDate.of(2025, 9, 1))).isEqualTo("2025年9月1日");
    assertThat(OfficialDocument.chineseDate(Instant.parse("2025-08-31T16:30:00Z"))).isEqualTo("2025年9月1日");
  }
}
