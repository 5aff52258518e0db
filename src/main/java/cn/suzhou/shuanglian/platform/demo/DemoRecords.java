package cn.suzhou.shuanglian.platform.demo;

import static cn.suzhou.shuanglian.sourceunit.SourceUnitType.*;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.commissioner.CommissionerLevel;
import cn.suzhou.shuanglian.commissioner.CommissionerRepository;
import cn.suzhou.shuanglian.district.DistrictRepository;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.enterprise.EnterpriseRepository;
import cn.suzhou.shuanglian.enterprise.EnterpriseScale;
import cn.suzhou.shuanglian.industry.IndustryGroupRepository;
import cn.suzhou.shuanglian.sourceunit.SourceUnit;
import cn.suzhou.shuanglian.sourceunit.SourceUnitRepository;
import java.math.BigDecimal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile only: realistic Suzhou records — source units in and outside the city, the
 * commissioner information database, enterprises in every district — once, into an empty database.
 * Identifiers carry valid check characters; the people and enterprises are fictitious.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "shuanglian.demo.enabled", havingValue = "true")
public class DemoRecords implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoRecords.class);

  private final SourceUnitRepository sourceUnits;
  private final CommissionerRepository commissioners;
  private final EnterpriseRepository enterprises;
  private final DistrictRepository districts;
  private final IndustryGroupRepository industryGroups;

  public DemoRecords(SourceUnitRepository sourceUnits, CommissionerRepository commissioners,
      EnterpriseRepository enterprises, DistrictRepository districts, IndustryGroupRepository industryGroups) {
    this.sourceUnits = sourceUnits;
    this.commissioners = commissioners;
    this.enterprises = enterprises;
    this.districts = districts;
    this.industryGroups = industryGroups;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (sourceUnits.count() > 0) {
      return;
    }
    unit("szu", "宿州学院", UNIVERSITY, true, "宿州市", "33.6300", "117.0200");
    unit("szvtc", "宿州职业技术学院", UNIVERSITY, true, "宿州市", "33.6500", "116.9600");
    unit("ahu", "安徽大学", UNIVERSITY, false, "合肥市", "31.7700", "117.1900");
    unit("hfut", "合肥工业大学", UNIVERSITY, false, "合肥市", "31.8500", "117.2900");
    unit("aust", "安徽理工大学", UNIVERSITY, false, "淮南市", "32.6300", "116.9900");
    unit("hfcas", "中国科学院合肥物质科学研究院", RESEARCH_INSTITUTE, false, "合肥市", "31.9000", "117.1600");
    unit("sztt", "宿州市技术转移中心", TECH_TRANSFER_CENTER, true, "宿州市", "33.6400", "116.9800");
    unit("hbmg", "淮北矿业（集团）有限责任公司", STATE_OWNED_ENTERPRISE, false, "淮北市", "33.9600", "116.8000");

    commissioner("zhou.haiming", "周海明", "szu", "NEW_MATERIALS", "新型建材、固废资源化利用", "教授", "13805571001", "341302197804152019");
    commissioner("li.jianguo", "李建国", "hfut", "EQUIPMENT", "精密轴承设计与制造工艺", "教授", "13905512002", "340104198009223012");
    commissioner("wang.xiaoyan", "王晓燕", "aust", "NEW_MATERIALS", "防腐涂层与功能化工材料", "副教授", "13705543003", "34040319760301151X");
    commissioner("chen.lei", "陈磊", "ahu", "DIGITAL", "云计算、工业大数据平台", "教授", "13605514004", "320106198207170520");
    commissioner("zhang.li", "张丽", "szu", "AGRI_FOOD", "果蔬精深加工与保鲜（砀山酥梨）", "副教授", "13505575005", "341302198506111221");
    commissioner("liu.yang", "刘洋", "hfcas", "NEW_ENERGY", "光伏组件与储能材料", "研究员", "13805516006", "340104197902083310");
    commissioner("sun.wei", "孙伟", "hfut", "TEXTILE", "功能纺织材料与智能制衣", "副教授", "13905527007", "340302198305192626");
    commissioner("zhao.min", "赵敏", "szvtc", "EQUIPMENT", "智能制造产线改造与工业机器人", "高级工程师", "13705578008", "341302198703030711");
    commissioner("wu.gang", "吴刚", "ahu", "BIOPHARMA", "原料药合成工艺与精细化工", "教授", "13605519009", "341203198108124423");
    commissioner("xu.fang", "徐芳", "sztt", "LIGHT_INDUSTRY", "绿色造纸与制浆清洁生产", "高级工程师", "13505570010", "340103197701302111");
    commissioner("ma.qiang", "马强", "hbmg", "NEW_MATERIALS", "煤基新材料与矿区固废利用", "正高级工程师", "13805618011", "341321198609250813");
    commissioner(null, "何静", "hfcas", "DIGITAL", "机器视觉与质量检测", "研究员", "13905512012", "341502198404041710",
        CommissionerLevel.PROVINCIAL);

    enterprise("91341302MA2NQ8C1XU", "宿州恒达新型建材有限公司", "341302", "NEW_MATERIALS", EnterpriseScale.MEDIUM, "hengda.contact", "黄志强", "13955701101");
    enterprise("91341302MA2P7L0D39", "宿州瑞信电子科技有限公司", "341302", "DIGITAL", EnterpriseScale.SMALL, null, "邓晓华", "13955701102");
    enterprise("91341321MA2R5W1H6C", "砀山县梨都果业食品有限公司", "341321", "AGRI_FOOD", EnterpriseScale.MEDIUM, "lidu.contact", "朱红梅", "13955701103");
    enterprise("91341321MA2T9K3E2Q", "砀山县果蔬冷链物流有限公司", "341321", "AGRI_FOOD", EnterpriseScale.SMALL, null, "梁伟", "13955701104");
    enterprise("91341322MA2N4F8Q7F", "萧县华科防腐材料有限公司", "341322", "NEW_MATERIALS", EnterpriseScale.MEDIUM, null, "宋国庆", "13955701105");
    enterprise("91341322MA2Q1B6T51", "萧县新型墙体材料有限公司", "341322", "NEW_MATERIALS", EnterpriseScale.SMALL, null, "唐亮", "13955701106");
    enterprise("91341323MA2P3H9Y1G", "灵璧县精工轴承有限公司", "341323", "EQUIPMENT", EnterpriseScale.MEDIUM, "jinggong.contact", "许海涛", "13955701107");
    enterprise("91341323MA2R8C4M62", "灵璧县宏达精密零部件有限公司", "341323", "EQUIPMENT", EnterpriseScale.SMALL, null, "韩冬", "13955701108");
    enterprise("91341324MA2N6D2W8J", "泗县锦程纺织服装有限公司", "341324", "TEXTILE", EnterpriseScale.MEDIUM, null, "冯雪", "13955701109");
    enterprise("91341324MA2T3G5K4N", "泗县阳光光伏科技有限公司", "341324", "NEW_ENERGY", EnterpriseScale.SMALL, null, "曹阳", "13955701110");
    enterprise("91341300MA2Q9E7N21", "宿州康源医药化工有限公司", "SZETDZ", "BIOPHARMA", EnterpriseScale.MEDIUM, null, "彭立新", "13955701111");
    enterprise("91341300MA2R2J6P5Y", "宿州步升鞋业有限公司", "SZETDZ", "TEXTILE", EnterpriseScale.SMALL, null, "曾丽", "13955701112");
    enterprise("91341300MA2N8K1U3E", "宿州云数智能科技有限公司", "SZHTZ", "DIGITAL", EnterpriseScale.SMALL, "yunshu.contact", "肖斌", "13955701113");
    enterprise("91341300MA2P5M4H9H", "宿州智造装备有限公司", "SZHTZ", "EQUIPMENT", EnterpriseScale.MEDIUM, null, "程浩", "13955701114");
    enterprise("91341300MA2T7C2L1N", "宿马园区绿源纸业有限公司", "SMPARK", "LIGHT_INDUSTRY", EnterpriseScale.MEDIUM, null, "袁芳", "13955701115");
    enterprise("91341300MA2Q4X8R6U", "宿马园区新能汽车零部件有限公司", "SMPARK", "NEW_ENERGY", EnterpriseScale.SMALL, null, "邱明", "13955701116");
    LOG.info("demo records: {} source units, {} commissioners, {} enterprises", sourceUnits.count(),
        commissioners.count(), enterprises.count());
  }

  private void unit(String code, String name, cn.suzhou.shuanglian.sourceunit.SourceUnitType type, boolean inCity,
      String city, String latitude, String longitude) {
    sourceUnits.save(new SourceUnit(code, name, type, inCity, city, new BigDecimal(latitude), new BigDecimal(longitude)));
  }

  private void commissioner(String userId, String name, String unit, String group, String expertise, String title,
      String phone, String residentId) {
    commissioner(userId, name, unit, group, expertise, title, phone, residentId, CommissionerLevel.MUNICIPAL);
  }

  private void commissioner(String userId, String name, String unit, String group, String expertise, String title,
      String phone, String residentId, CommissionerLevel level) {
    commissioners.save(new Commissioner(userId, name, sourceUnits.getReferenceById(unit), level,
        industryGroups.getReferenceById(group), expertise, title, phone, residentId));
  }

  private void enterprise(String creditCode, String name, String district, String group, EnterpriseScale scale,
      String contactUserId, String contactName, String contactPhone) {
    enterprises.save(new Enterprise(creditCode, name, districts.getReferenceById(district),
        industryGroups.getReferenceById(group), scale, contactUserId, contactName, contactPhone));
  }
}
