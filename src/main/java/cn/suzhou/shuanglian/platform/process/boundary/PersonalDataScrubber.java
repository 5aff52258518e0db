package cn.suzhou.shuanglian.platform.process.boundary;

import cn.suzhou.shuanglian.platform.process.boundary.PersonalDataInHistory.PersonalFields;
import cn.suzhou.shuanglian.platform.process.boundary.PersonalDataInHistory.PersonalFields.Rule;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Masks, once, the personal data that earlier versions let into the engine's tables: every
 * variable a contract marks personal, in the runtime variables, the history of variables and the
 * history details (submitted form fields included), plain text and Json lists alike. It runs at
 * start-up and records itself in {@code engine_data_fix} under a name made of the personal
 * variables' names, so it runs again only when a contract marks a new variable personal.
 */
@Component
@Order(100)
public class PersonalDataScrubber implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(PersonalDataScrubber.class);
  private static final List<String> TABLES = List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL");

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;
  private final PersonalFields fields;

  public PersonalDataScrubber(JdbcTemplate jdbc, PersonalFields fields) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
    this.fields = fields;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    Map<String, Rule> rules = fields.rules();
    if (rules.isEmpty()) {
      return;
    }
    String name = "mask-personal-data:" + String.join(",", new TreeSet<>(rules.keySet()));
    name = name.length() > 128 ? "mask-personal-data:" + Integer.toHexString(name.hashCode()) : name;
    Integer done = jdbc.queryForObject("select count(*) from engine_data_fix where name = ?", Integer.class, name);
    if (done != null && done > 0) {
      return;
    }
    int affected = scrub(rules);
    jdbc.update("insert into engine_data_fix (name, done_at, affected) values (?, ?, ?)", name,
        Timestamp.from(Instant.now()), affected);
    LOG.info("Personal data in the engine's tables masked: {} values ({})", affected, name);
  }

  /** Masks every personal value in the engine's tables; returns how many were changed. */
  public int scrub(Map<String, Rule> rules) {
    int changed = 0;
    MapSqlParameterSource names = new MapSqlParameterSource("names", rules.keySet());
    for (String table : TABLES) {
      for (Map<String, Object> row : named.queryForList(
          "select ID_, NAME_, TEXT_, TEXT2_, BYTEARRAY_ID_ from " + table + " where NAME_ in (:names)", names)) {
        Rule rule = rules.get((String) row.get("NAME_"));
        String text = (String) row.get("TEXT_");
        String text2 = (String) row.get("TEXT2_");
        String maskedText = rule.maskText(text);
        String maskedText2 = rule.maskText(text2);
        if (!Objects.equals(text, maskedText) || !Objects.equals(text2, maskedText2)) {
          jdbc.update("update " + table + " set TEXT_ = ?, TEXT2_ = ? where ID_ = ?", maskedText, maskedText2,
              row.get("ID_"));
          changed++;
        }
        String bytesId = (String) row.get("BYTEARRAY_ID_");
        if (bytesId != null) {
          changed += scrubBytes(bytesId, rule);
        }
      }
    }
    return changed;
  }

  private int scrubBytes(String id, Rule rule) {
    List<byte[]> found = jdbc.query("select BYTES_ from ACT_GE_BYTEARRAY where ID_ = ?", (rs, i) -> rs.getBytes(1), id);
    if (found.isEmpty() || found.get(0) == null) {
      return 0;
    }
    byte[] masked = rule.maskBytes(found.get(0));
    if (Arrays.equals(found.get(0), masked)) {
      return 0;
    }
    jdbc.update("update ACT_GE_BYTEARRAY set BYTES_ = ? where ID_ = ?", masked, id);
    return 1;
  }
}
