package cn.suzhou.shuanglian.support;

import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Debian chromium as an official's browser on a PC that is not set up in Chinese: the
 * operating system's locale is en_US (LANG for the chromium process), the browser's own language
 * and its Intl default locale are English; only the languages it asks web sites for are
 * {@code zh-CN} (Accept-Language). The window is {@code width × height} (below 500 px, the
 * headless minimum, an emulated phone screen).
 */
public final class EnglishChromium {

  private EnglishChromium() {
  }

  public static ChromeDriver start(int width, int height) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(RequiresChromium.CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--window-size=" + width + "," + height, "--lang=en-US");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN"));
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(RequiresChromium.CHROMEDRIVER.toFile()).usingAnyFreePort()
        .withEnvironment(Map.of("LANG", "en_US.UTF-8", "LANGUAGE", "en_US:en", "LC_ALL", "en_US.UTF-8"))
        .build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    chrome.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", "en-US"));
    if (width < 500) {
      // a headless window is at least 500 px wide: a phone's screen is emulated
      chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
          Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
    }
    return chrome;
  }
}
