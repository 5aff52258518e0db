package cn.suzhou.shuanglian.support;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.commissioner.CommissionerLevel;
import cn.suzhou.shuanglian.commissioner.CommissionerRepository;
import cn.suzhou.shuanglian.industry.IndustryGroupRepository;
import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.sourceunit.SourceUnit;
import cn.suzhou.shuanglian.sourceunit.SourceUnitRepository;
import cn.suzhou.shuanglian.sourceunit.SourceUnitType;
import java.math.BigDecimal;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.ApplicationContext;

/**
 * Users and records for integration tests, with ids unique to the run (the MariaDB database may
 * hold earlier runs' rows), all through the real services so that rules and constraints apply.
 */
public final class TestData {

  public static final String PASSWORD = "Test#Pass2025";
  private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000, 3000));

  private final IdentityService identity;
  private final SourceUnitRepository sourceUnits;
  private final CommissionerRepository commissioners;
  private final IndustryGroupRepository industryGroups;
  private final String run = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999), 36);

  public TestData(ApplicationContext context) {
    this.identity = context.getBean(IdentityService.class);
    this.sourceUnits = context.getBean(SourceUnitRepository.class);
    this.commissioners = context.getBean(CommissionerRepository.class);
    this.industryGroups = context.getBean(IndustryGroupRepository.class);
  }

  /** A user id unique to this run. */
  public String id(String prefix) {
    return prefix + "." + run + SEQUENCE.incrementAndGet();
  }

  public String user(String prefix, String... groups) {
    String id = id(prefix);
    User user = identity.newUser(id);
    user.setFirstName(prefix);
    user.setLastName("测试");
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    for (String group : groups) {
      identity.createMembership(id, group);
    }
    return id;
  }

  public String cityOfficial() {
    return user("city", Groups.CITY);
  }

  public String districtOfficial(String districtCode) {
    return user("district", Groups.district(districtCode));
  }

  public SourceUnit sourceUnit() {
    String code = "su" + run + SEQUENCE.incrementAndGet();
    return sourceUnits.save(new SourceUnit(code, "测试大学" + code, SourceUnitType.UNIVERSITY, true, "宿州市",
        new BigDecimal("33.630000"), new BigDecimal("117.020000")));
  }

  /** A unified social credit code of a Suzhou enterprise, unique to this run, with its check character. */
  public String creditCode() {
    long n = Long.parseLong(run, 36) * 10_000L + SEQUENCE.incrementAndGet();
    StringBuilder tail = new StringBuilder();
    for (int i = 0; i < 7; i++) {
      tail.append("0123456789ABCDEFGHJKLMNPQRTUWXY".charAt((int) (n % 31)));
      n /= 31;
    }
    return TestIds.creditCode("91341302MA" + tail);
  }

  /** An official of the source unit, in its Camunda group (created here for units made by a test). */
  public String sourceUnitOfficial(SourceUnit unit) {
    if (identity.createGroupQuery().groupId(unit.groupId()).count() == 0) {
      org.camunda.bpm.engine.identity.Group group = identity.newGroup(unit.groupId());
      group.setName(unit.getName());
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
    return user("unit", unit.groupId());
  }

  /** A commissioner with a login, in the information database, in the new-materials group. */
  public Commissioner commissioner(SourceUnit unit) {
    return commissioner(unit, "NEW_MATERIALS");
  }

  /** A city-level commissioner with a login, in the information database, in the given industry group. */
  public Commissioner commissioner(SourceUnit unit, String industryGroupCode) {
    return commissioner(unit, industryGroupCode, CommissionerLevel.MUNICIPAL);
  }

  /** A commissioner of the level (P-13) with a login, in the information database, in the given industry group. */
  public Commissioner commissioner(SourceUnit unit, String industryGroupCode, CommissionerLevel level) {
    String userId = user("expert", Groups.COMMISSIONERS);
    int n = SEQUENCE.incrementAndGet();
    // resident IDs repeat across runs (the MariaDB database keeps earlier runs' commissioners): skip taken ones
    int idSeed = n;
    while (commissioners.existsByResidentId(TestIds.residentId(idSeed))) {
      idSeed += 1000 + ThreadLocalRandom.current().nextInt(35_000);
    }
    return commissioners.save(new Commissioner(userId, "专员" + n, unit, level,
        industryGroups.getReferenceById(industryGroupCode), "新型建材", "教授", "1380557" + String.format("%04d", n % 10000),
        TestIds.residentId(idSeed)));
  }
}
