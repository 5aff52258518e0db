package cn.suzhou.shuanglian.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.support.RequiresChromium;
import cn.suzhou.shuanglian.support.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * What a locked-out official sees: after ten wrong passwords (engine clock moved between them), the
 * Tasklist login page in headless Chinese Chromium answers the right password with the lock and its
 * end in Chinese, not "wrong user name or password". Screenshot: target/screenshots/lockout-01-login-locked.png.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@DisplayName("Tasklist login in Chinese: a locked account is told until when")
class LoginLockBrowserTest {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final Instant FIRST_FAILURE = Instant.parse("2026-12-04T13:20:51Z");

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired TestRestTemplate rest;

  WebDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void startBrowser() {
    browser = cn.suzhou.shuanglian.support.ChineseChromium.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void stopBrowser() throws IOException {
    ClockUtil.reset();
    if (browser != null) {
      screenshot("lockout-99-last");
      browser.quit();
    }
  }

  @Test
  @DisplayName("ten wrong passwords, then the right one: the login page says the account is locked until 2026年12月4日 21:45")
  void lockedOfficialIsToldUntilWhen() throws IOException {
    String user = new TestData(context).cityOfficial();
    for (int i = 0; i < 10; i++) {
      ClockUtil.setCurrentTime(Date.from(FIRST_FAILURE.plusSeconds(61L * i)));
      assertThat(rest.withBasicAuth(user, "Wrong#Pass2025").getForEntity("/api/districts", String.class)
          .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-04T13:31:00Z")));

    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("form[name=signinForm] input[ng-model=username]")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector("form[name=signinForm] button[type=submit]"), "登录"));
    username.sendKeys(user);
    browser.findElement(By.cssSelector("form[name=signinForm] input[ng-model=password]")).sendKeys(TestData.PASSWORD);
    browser.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("body"), "临时锁定"));
    String page = browser.findElement(By.cssSelector("body")).getText();
    screenshot("lockout-01-login-locked");
    String shown = page.lines().filter(line -> line.contains("临时锁定")).findFirst().orElseThrow();
    System.out.println("login page shows: " + shown);
    assertThat(shown).contains("该账号因连续 10 次登录失败已被临时锁定").contains("2026年12月4日 21:45").contains("自动解锁");
    assertThat(page).doesNotContain("用户名或密码错误");
    assertThat(browser.findElements(By.cssSelector(".start-process-action a"))).as("not logged in").isEmpty();
  }

  private void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
