package cn.suzhou.shuanglian.document;

import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
@DisplayName("Printable documents (PDF) on H2")
class PrintableDocumentOnH2Test extends PrintableDocumentContract {}
