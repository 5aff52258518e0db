package cn.suzhou.shuanglian.platform.config;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Full Unicode on MySQL/MariaDB: Camunda 7.24's MySQL scripts create every engine table as 3-byte
 * {@code utf8} (PLATFORM-NOTES), so a 生僻字 such as 𠮷 or an emoji in a name, a business key or
 * any variable fails ("Incorrect string value … ACT_HI_VARINST.TEXT_"). Right after the engine has
 * created or checked its schema — before deployments, jobs or any request — every table of the
 * database not yet in {@code utf8mb4 / utf8mb4_bin} is converted (engine and domain tables alike).
 * On a new database this runs once, just after creation; on an existing one it is the migration,
 * table by table, and every later start finds nothing to do. Other databases (H2) are untouched.
 */
@Component
public class FullUnicodeTables extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(FullUnicodeTables.class);
  static final String COLLATION = "utf8mb4_bin";

  private final DataSource dataSource;

  public FullUnicodeTables(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("mysql")
          && !connection.getMetaData().getDatabaseProductName().toLowerCase().contains("mariadb")) {
        return;
      }
      List<String> tables = tablesToConvert(connection);
      if (tables.isEmpty()) {
        return;
      }
      // MariaDB changes no column a foreign key uses: the keys touching these tables are dropped,
      // the tables converted and the same keys added again
      List<ForeignKey> keys = foreignKeys(connection, tables);
      try (Statement statement = connection.createStatement()) {
        for (ForeignKey key : keys) {
          statement.execute("ALTER TABLE `" + key.table() + "` DROP FOREIGN KEY `" + key.name() + "`");
        }
        for (String table : tables) {
          statement.execute("ALTER TABLE `" + table + "` CONVERT TO CHARACTER SET utf8mb4 COLLATE " + COLLATION);
        }
        for (ForeignKey key : keys) {
          statement.execute(key.addStatement());
        }
      }
      LOG.info("Converted {} tables to utf8mb4 ({}): 生僻字 and emoji can be stored", tables.size(), COLLATION);
    } catch (SQLException e) {
      throw new IllegalStateException("could not convert the tables to utf8mb4: " + e.getMessage(), e);
    }
  }

  /** A foreign key as information_schema describes it, to be added again after the conversion. */
  record ForeignKey(String name, String table, String columns, String referencedTable, String referencedColumns,
      String deleteRule, String updateRule) {

    String addStatement() {
      return "ALTER TABLE `" + table + "` ADD CONSTRAINT `" + name + "` FOREIGN KEY (" + columns + ") REFERENCES `"
          + referencedTable + "` (" + referencedColumns + ") ON DELETE " + deleteRule + " ON UPDATE " + updateRule;
    }
  }

  private static List<ForeignKey> foreignKeys(Connection connection, List<String> tables) throws SQLException {
    List<ForeignKey> keys = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT rc.CONSTRAINT_NAME, rc.TABLE_NAME, rc.REFERENCED_TABLE_NAME,"
            + " rc.DELETE_RULE, rc.UPDATE_RULE,"
            + " GROUP_CONCAT(CONCAT('`', k.COLUMN_NAME, '`') ORDER BY k.ORDINAL_POSITION),"
            + " GROUP_CONCAT(CONCAT('`', k.REFERENCED_COLUMN_NAME, '`') ORDER BY k.ORDINAL_POSITION)"
            + " FROM information_schema.REFERENTIAL_CONSTRAINTS rc JOIN information_schema.KEY_COLUMN_USAGE k"
            + " ON k.CONSTRAINT_SCHEMA = rc.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = rc.CONSTRAINT_NAME"
            + " AND k.TABLE_NAME = rc.TABLE_NAME"
            + " WHERE rc.CONSTRAINT_SCHEMA = DATABASE()"
            + " GROUP BY rc.CONSTRAINT_NAME, rc.TABLE_NAME, rc.REFERENCED_TABLE_NAME, rc.DELETE_RULE, rc.UPDATE_RULE")) {
      while (rs.next()) {
        ForeignKey key = new ForeignKey(rs.getString(1), rs.getString(2), rs.getString(6), rs.getString(3),
            rs.getString(7), rs.getString(4), rs.getString(5));
        if (tables.contains(key.table()) || tables.contains(key.referencedTable())) {
          keys.add(key);
        }
      }
    }
    return keys;
  }

  private static List<String> tablesToConvert(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT TABLE_NAME FROM information_schema.TABLES"
            + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'"
            + " AND (TABLE_COLLATION IS NULL OR TABLE_COLLATION <> '" + COLLATION + "')")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    return tables;
  }
}
