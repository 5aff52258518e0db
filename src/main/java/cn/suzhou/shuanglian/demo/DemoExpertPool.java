package cn.suzhou.shuanglian.demo;

import cn.suzhou.shuanglian.commissioner.CommissionerRepository;
import cn.suzhou.shuanglian.expert.ExpertMembership;
import cn.suzhou.shuanglian.expert.ExpertMembershipRepository;
import java.time.Instant;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile only: fifteen demo commissioners already admitted to the Suzhou S&T expert database
 * (P-20, as by 专家库入库申请), so that a joint project (P-19) can be reviewed at once — five of them
 * in new materials, among them 杨春燕 of 宿州学院, whom the draw leaves out of 周海明's projects
 * (same source unit).
 */
@Component
@Order(7)
@ConditionalOnProperty(name = "shuanglian.demo.enabled", havingValue = "true")
public class DemoExpertPool implements ApplicationRunner {

  /** user id → review fields (industry group codes). */
  static final Map<String, String> EXPERTS = Map.ofEntries(
      Map.entry("liu.zhigang", "NEW_MATERIALS"),
      Map.entry("wang.haitao", "NEW_MATERIALS,BIOPHARMA"),
      Map.entry("qian.lixin", "NEW_MATERIALS,NEW_ENERGY"),
      Map.entry("fan.zhiyuan", "NEW_MATERIALS,NEW_ENERGY"),
      Map.entry("yang.chunyan", "NEW_MATERIALS"),
      Map.entry("huang.zhenyu", "EQUIPMENT"),
      Map.entry("pan.hong", "EQUIPMENT,DIGITAL"),
      Map.entry("jiang.wei", "EQUIPMENT"),
      Map.entry("ge.ming", "AGRI_FOOD"),
      Map.entry("wei.hongxia", "AGRI_FOOD"),
      Map.entry("guo.xiaodong", "DIGITAL"),
      Map.entry("cao.jianping", "BIOPHARMA"),
      Map.entry("lv.zhiqiang", "NEW_ENERGY"),
      Map.entry("meng.fan", "LIGHT_INDUSTRY"),
      Map.entry("dong.xiaojing", "TEXTILE"));

  private final CommissionerRepository commissioners;
  private final ExpertMembershipRepository memberships;

  public DemoExpertPool(CommissionerRepository commissioners, ExpertMembershipRepository memberships) {
    this.commissioners = commissioners;
    this.memberships = memberships;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    Instant approved = Instant.parse("2025-03-10T02:00:00Z");
    EXPERTS.forEach((userId, fields) -> commissioners.findByUserId(userId)
        .filter(c -> memberships.findByCommissionerId(c.getId()).isEmpty())
        .ifPresent(c -> memberships.save(new ExpertMembership(c, c.getExpertise(), c.getTitle(), fields,
            "主持或参与省市科技项目，具有评审经验", "city.li", approved, "demo"))));
  }
}
