package cn.suzhou.shuanglian.platform.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Through MySQL Connector/J a MariaDB server reports itself as MySQL "5.5.5-10.11.x-MariaDB", and
 * Hibernate then picks a MySQL 5.5 dialect (HHH000511). The production profile serves MySQL 8 and
 * MariaDB alike, so the server is recognised at start-up and, where it is MariaDB, Hibernate is told
 * so (PLATFORM-NOTES). Camunda is unaffected: it keeps its MySQL scripts, as it must.
 */
@Component
public class MariaDbRecognition implements HibernatePropertiesCustomizer {

  private static final Logger LOG = LoggerFactory.getLogger(MariaDbRecognition.class);
  private static final Pattern MARIADB = Pattern.compile("(\\d+)\\.(\\d+)\\.\\d+-MariaDB");

  private final DataSource dataSource;

  public MariaDbRecognition(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void customize(Map<String, Object> properties) {
    String version;
    try (Connection connection = dataSource.getConnection()) {
      version = connection.getMetaData().getDatabaseProductVersion();
    } catch (SQLException e) {
      LOG.warn("could not read the database version: {}", e.getMessage());
      return;
    }
    Matcher mariaDb = MARIADB.matcher(version);
    if (mariaDb.find()) {
      properties.put("jakarta.persistence.database-product-name", "MariaDB");
      properties.put("jakarta.persistence.database-major-version", mariaDb.group(1));
      properties.put("jakarta.persistence.database-minor-version", mariaDb.group(2));
      properties.put("hibernate.boot.allow_jdbc_metadata_access", false);
      LOG.info("MariaDB {}.{} recognised behind Connector/J", mariaDb.group(1), mariaDb.group(2));
    }
  }
}
