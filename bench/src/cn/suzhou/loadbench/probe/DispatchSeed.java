package cn.suzhou.loadbench.probe;

import cn.suzhou.shuanglian.agreement.Agreement;
import cn.suzhou.shuanglian.agreement.AgreementRepository;
import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.commissioner.CommissionerRepository;
import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.dispatch.DispatchRepository;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.enterprise.EnterpriseRepository;
import cn.suzhou.shuanglian.matching.RoundMatch;
import cn.suzhou.shuanglian.matching.RoundMatchRepository;
import cn.suzhou.shuanglian.round.RoundStatus;
import cn.suzhou.shuanglian.round.SelectionRound;
import cn.suzhou.shuanglian.round.SelectionRoundRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Load benchmark only: a running dispatch for each pair of {@code loadbench.dispatches}
 * ({@code commissionerUserId:enterpriseContactUserId,…}) written straight to the domain tables at
 * start-up — a signed round, match and agreement with a two-year term that began 90 days ago, as the
 * tests' DispatchFixtures write them — so that service records can be logged and confirmed over REST
 * without first driving a whole selection round. Nothing is written without the property.
 */
@Configuration(proxyBeanMethods = false)
public class DispatchSeed {

  @Bean
  ApplicationRunner loadBenchDispatches(Environment env, TransactionTemplate tx, SelectionRoundRepository rounds,
      RoundMatchRepository matches, AgreementRepository agreements, DispatchRepository dispatches,
      CommissionerRepository commissioners, EnterpriseRepository enterprises) {
    return (ApplicationArguments args) -> {
      String pairs = env.getProperty("loadbench.dispatches", "");
      if (pairs.isBlank()) {
        return;
      }
      tx.executeWithoutResult(status -> {
        LocalDate termStart = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(90);
        int year = rounds.findAll().stream().mapToInt(SelectionRound::getRoundYear).max().orElse(2023) + 2;
        List<String> districts = new ArrayList<>();
        List<String[]> parsed = new ArrayList<>();
        for (String pair : pairs.split(",")) {
          String[] p = pair.trim().split(":");
          Enterprise e = enterprises.findByContactUserId(p[1]).get(0);
          if (!districts.contains(e.getDistrict().getCode())) {
            districts.add(e.getDistrict().getCode());
          }
          parsed.add(p);
        }
        SelectionRound round = new SelectionRound(Math.max(year, 2025), termStart.minusMonths(3), districts,
            "loadbench", Instant.now());
        round.moveTo(RoundStatus.SIGNED);
        round = rounds.save(round);
        for (String[] p : parsed) {
          Commissioner commissioner = commissioners.findByUserId(p[0]).orElseThrow();
          Enterprise enterprise = enterprises.findByContactUserId(p[1]).get(0);
          RoundMatch match = new RoundMatch(round, commissioner, enterprise.getDistrict(), true, 5, "负载基准结对");
          match.finalise();
          match = matches.save(match);
          Agreement agreement = new Agreement(match, null);
          agreement.accept(commissioner.getUserId(), Instant.now());
          agreement.sign("LB" + round.getRoundYear() + "-" + commissioner.getId(), termStart, termStart,
              termStart.plusYears(2), "loadbench", Instant.now());
          agreement = agreements.save(agreement);
          dispatches.save(new Dispatch(agreement, Set.of(enterprise.getId())));
        }
      });
    };
  }
}
