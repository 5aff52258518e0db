package cn.suzhou.shuanglian.round;

import cn.suzhou.shuanglian.round.SupplyDemandSummary.DistrictLine;
import cn.suzhou.shuanglian.round.SupplyDemandSummary.IndustryLine;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * P-04: compares supply and demand for a round once every district's list is approved. Demand is
 * the approved technology demands per district and industry group (with the service units behind
 * them); supply is, per industry group, the commissioners in the city's information database who
 * are not barred (P-18), with the provincial ones counted apart (P-13). The round keeps the figures
 * (the nomination step reads them); compiling again replaces them.
 */
@Component
@Transactional
public class SupplyDemandComparison {

  private final JdbcClient jdbc;
  private final EntityManager entityManager;

  public SupplyDemandComparison(JdbcClient jdbc, EntityManager entityManager) {
    this.jdbc = jdbc;
    this.entityManager = entityManager;
  }

  public void compile(SelectionRound round) {
    entityManager.flush();  // the demands' statuses, if changed in this transaction, before SQL reads them
    Long roundId = round.getId();
    jdbc.sql("delete from round_demand_line where round_id = ?").param(roundId).update();
    jdbc.sql("delete from round_supply_line where round_id = ?").param(roundId).update();
    jdbc.sql("""
        insert into round_demand_line (round_id, district_code, industry_group_code, demand_count, service_unit_count)
        select c.round_id, c.district_code, d.industry_group_code, count(*), count(distinct d.service_unit_id)
          from technology_demand d join demand_collection c on c.id = d.collection_id
         where c.round_id = ? and d.status = 'APPROVED'
         group by c.round_id, c.district_code, d.industry_group_code
        """).param(roundId).update();
    jdbc.sql("""
        insert into round_supply_line (round_id, industry_group_code, commissioner_count, provincial_count)
        select ?, g.code, count(m.id), coalesce(sum(case when m.level = 'PROVINCIAL' then 1 else 0 end), 0)
          from industry_group g left join commissioner m on m.industry_group_code = g.code and m.barred = false
         group by g.code
        """).param(roundId).update();
  }

  @Transactional(readOnly = true)
  public SupplyDemandSummary read(SelectionRound round) {
    Long roundId = round.getId();
    List<IndustryLine> byIndustry = jdbc.sql("""
        select g.code, g.name, coalesce(d.demands, 0) as demands, coalesce(d.units, 0) as units,
               s.commissioner_count, s.provincial_count
          from round_supply_line s
          join industry_group g on g.code = s.industry_group_code
          left join (select industry_group_code, sum(demand_count) as demands, sum(service_unit_count) as units
                       from round_demand_line where round_id = ? group by industry_group_code) d
            on d.industry_group_code = s.industry_group_code
         where s.round_id = ?
         order by g.sort_order
        """).param(roundId).param(roundId)
        .query((rs, i) -> new IndustryLine(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
            rs.getInt(6), rs.getInt(5) - rs.getInt(3)))
        .list();
    List<DistrictLine> byDistrict = jdbc.sql("""
        select l.district_code, t.name, l.industry_group_code, g.name, l.demand_count, l.service_unit_count
          from round_demand_line l
          join district t on t.code = l.district_code
          join industry_group g on g.code = l.industry_group_code
         where l.round_id = ?
         order by t.sort_order, g.sort_order
        """).param(roundId)
        .query((rs, i) -> new DistrictLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getInt(5), rs.getInt(6)))
        .list();
    return new SupplyDemandSummary(round.getRoundYear(), byIndustry, byDistrict);
  }
}
