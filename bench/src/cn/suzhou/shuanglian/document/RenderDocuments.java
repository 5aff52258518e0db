package cn.suzhou.shuanglian.document;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The README's images of the printable documents (issue 16): downloads each document of the demo data's
 * 2023 dispatch (DemoDispatchHistory) from a running demo application as {@code city.li} and renders its
 * first page at 100 dpi with PDFBox into {@code docs/screenshots/pdf-*.png}.
 *
 * <pre>
 * ./mvnw spring-boot:run -Dspring-boot.run.arguments=--server.port=8091   # a fresh ./data
 * ./mvnw -q -Pbench compile exec:java -Dbench=cn.suzhou.shuanglian.document.RenderDocuments \
 *     -Dexec.args="http://localhost:8091 &lt;dispatch id&gt; &lt;evaluation id&gt; &lt;project id&gt;"
 * </pre>
 */
public final class RenderDocuments {

  private RenderDocuments() {}

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:8080";
    String dispatch = args.length > 1 ? args[1] : "1";
    String evaluation = args.length > 2 ? args[2] : "1";
    String project = args.length > 3 ? args[3] : "1";
    String user = System.getProperty("user", "city.li");
    String password = System.getProperty("password", "Suzhou#2025");
    Map<String, String> documents = new LinkedHashMap<>();
    documents.put("pdf-agreement.png", "/api/dispatches/" + dispatch + "/agreement.pdf");
    documents.put("pdf-evaluation-notice.png", "/api/evaluations/" + evaluation + "/notice.pdf");
    documents.put("pdf-project-recommendation.png", "/api/project-applications/" + project + "/recommendation.pdf");
    HttpClient http = HttpClient.newHttpClient();
    String authorization = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    Path out = Path.of("docs", "screenshots");
    Files.createDirectories(out);
    for (Map.Entry<String, String> document : documents.entrySet()) {
      HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(base + document.getValue()))
          .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      if (answer.statusCode() != 200) {
        throw new IllegalStateException(document.getValue() + ": " + answer.statusCode() + " "
            + new String(answer.body(), StandardCharsets.UTF_8));
      }
      try (PDDocument pdf = Loader.loadPDF(answer.body())) {
        BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 100);
        ImageIO.write(image, "png", out.resolve(document.getKey()).toFile());
      }
      System.out.println(out.resolve(document.getKey()) + " ← " + document.getValue() + " ("
          + answer.body().length + " bytes)");
    }
  }
}
