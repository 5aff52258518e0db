package cn.suzhou.shuanglian.demo;

import cn.suzhou.shuanglian.district.District;
import cn.suzhou.shuanglian.district.DistrictRepository;
import cn.suzhou.shuanglian.evaluation.EvaluationScheme;
import cn.suzhou.shuanglian.evaluation.EvaluationSchemeRepository;
import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile only: every district has an evaluation scheme approved by the city (P-18), as it
 * would before its first yearly evaluation, so that a newcomer's dispatches can be evaluated at
 * once. Parks weigh results more, counties enterprise orientation; a district may submit a new
 * scheme (考核评价制度报审) to replace its own.
 */
@Component
@Order(6)
@ConditionalOnProperty(name = "shuanglian.demo.enabled", havingValue = "true")
public class DemoEvaluationSchemes implements ApplicationRunner {

  private final DistrictRepository districts;
  private final EvaluationSchemeRepository schemes;

  public DemoEvaluationSchemes(DistrictRepository districts, EvaluationSchemeRepository schemes) {
    this.districts = districts;
    this.schemes = schemes;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    Instant approved = Instant.parse("2025-02-20T02:00:00Z");
    for (District d : districts.findByActiveTrueOrderBySortOrder()) {
      if (schemes.findByInForceDistrict(d.getCode()).isPresent()) {
        continue;
      }
      boolean park = "PARK".equals(String.valueOf(d.getKind()));
      EvaluationScheme s = new EvaluationScheme(d, "demo", approved, null);
      s.define(park ? 20 : 30, 20, 25, park ? 35 : 25, new BigDecimal("90"), new BigDecimal("75"),
          new BigDecimal("60"), d.getName() + "重点服务企业代表 6 家座谈征求意见",
          "企业导向看服务对接主导产业和企业实际需求的程度；工作主动性看走访频次与对接活动；企业满意度取服务单位评价；工作成效看促成合作、转化成果与平台共建。",
          "demo", approved);
      s.approve("demo", "同意施行", approved);
      schemes.save(s);
    }
  }
}
