package cn.suzhou.shuanglian.demo;

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
 * Identifiers carry valid check characters; the people and enterprises are fictitious. Five of the
 * commissioners are provincial-level (P-13: 吴刚 of 安徽大学, 何静 of 中科院合肥物质院, 刘志刚 of 安徽理工大学,
 * 黄振宇 of 合肥工业大学, 丁秀兰 of 宿州学院), nominated and matched alongside the city-level ones.
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
    commissioner("wu.gang", "吴刚", "ahu", "BIOPHARMA", "原料药合成工艺与精细化工", "教授", "13605519009", "341203198108124423",
        CommissionerLevel.PROVINCIAL);
    commissioner("xu.fang", "徐芳", "sztt", "LIGHT_INDUSTRY", "绿色造纸与制浆清洁生产", "高级工程师", "13505570010", "340103197701302111");
    commissioner("ma.qiang", "马强", "hbmg", "NEW_MATERIALS", "煤基新材料与矿区固废利用", "正高级工程师", "13805618011", "341321198609250813");
    commissioner(null, "何静", "hfcas", "DIGITAL", "机器视觉与质量检测", "研究员", "13905512012", "341502198404041710",
        CommissionerLevel.PROVINCIAL);
    // enough to nominate and match a whole round (at least 4 for each of the 8 districts); none barred
    commissioner("liu.zhigang", "刘志刚", "aust", "NEW_MATERIALS", "煤矸石与矿山固废制备绿色建材", "教授", "13956431013", "340403197106250317",
        CommissionerLevel.PROVINCIAL);
    commissioner("wang.haitao", "汪海涛", "hfut", "NEW_MATERIALS", "重防腐涂料配方与涂层性能评价", "副教授", "18955120214", "34010419820914057X");
    commissioner("yang.chunyan", "杨春燕", "szu", "NEW_MATERIALS", "新型墙体材料与装配式建筑构件", "副教授", "15855770315", "341302198403070244");
    commissioner("qian.lixin", "钱立新", "hfcas", "NEW_MATERIALS", "功能薄膜与纳米复合材料", "研究员", "13856910416", "340111197601180137");
    commissioner(null, "朱文斌", "sztt", "NEW_MATERIALS", "化工新材料中试放大与成果转化", "高级工程师", "15955780517", "341322198005220353");
    commissioner("fan.zhiyuan", "范志远", "hbmg", "NEW_MATERIALS", "粉煤灰高值化利用与煤基碳材料", "正高级工程师", "18956160618", "34060219740809051X");
    commissioner("huang.zhenyu", "黄振宇", "hfut", "EQUIPMENT", "精密轴承热处理与表面强化", "教授", "13805510719", "320106196904110153",
        CommissionerLevel.PROVINCIAL);
    commissioner("shao.jianhua", "邵建华", "szvtc", "EQUIPMENT", "数控加工与精密零部件工艺优化", "高级工程师", "15105570820", "341323198302270425");
    commissioner("jiang.wei", "蒋伟", "aust", "EQUIPMENT", "矿山机械可靠性与设备智能运维", "教授", "13965480921", "340404197211030195");
    commissioner(null, "罗斌", "szu", "EQUIPMENT", "汽车零部件模具设计与冲压成形", "讲师", "18755771022", "341302198907160585");
    commissioner("pan.hong", "潘宏", "hfcas", "EQUIPMENT", "工业机器人视觉引导与柔性装配", "研究员", "13705511123", "340102197809300365");
    commissioner("ding.xiulan", "丁秀兰", "szu", "AGRI_FOOD", "砀山酥梨深加工（梨膏、浓缩梨汁）工艺", "教授", "13905571224", "341321197002040268",
        CommissionerLevel.PROVINCIAL);
    commissioner("ren.xiaohong", "任晓红", "szvtc", "AGRI_FOOD", "果蔬冷链保鲜与贮藏技术", "副教授", "15005571325", "34132419850619044X");
    commissioner("ge.ming", "葛明", "ahu", "AGRI_FOOD", "食品发酵与功能性食品开发", "副教授", "18656011426", "340104198108120713");
    commissioner(null, "方国平", "hfcas", "AGRI_FOOD", "农产品品质无损检测与智能分选", "研究员", "13615511527", "341222197503260171");
    commissioner("wei.hongxia", "魏红霞", "sztt", "AGRI_FOOD", "绿色食品加工与食品安全标准体系", "高级工程师", "15855781628", "341302198601050623");
    commissioner("guo.xiaodong", "郭晓东", "ahu", "DIGITAL", "工业大数据分析与中小企业数字化转型", "副教授", "18055121729", "340302198309280391");
    commissioner("hu.xuemei", "胡雪梅", "szu", "DIGITAL", "嵌入式系统与物联网终端开发", "讲师", "15255771830", "341302199004140828");
    commissioner(null, "谢俊", "hfut", "DIGITAL", "云计算平台与数据中心运维", "教授", "13955121931", "320311197307170533");
    commissioner("shen.jia", "沈佳", "szvtc", "DIGITAL", "电子元器件检测与SMT产线工艺", "讲师", "18815572032", "341302198801230661");
    commissioner("dong.xiaojing", "董晓静", "szu", "TEXTILE", "功能纺织面料开发与染整清洁生产", "副教授", "13675572133", "341324198408300473");
    commissioner("jia.hong", "贾红", "szvtc", "TEXTILE", "服装智能制版与柔性生产线", "讲师", "15955722234", "341323198705120288");
    commissioner(null, "苏红英", "sztt", "TEXTILE", "制鞋工艺与鞋材新材料应用", "高级工程师", "18705572335", "341302197902210649");
    commissioner("cao.jianping", "曹建平", "ahu", "BIOPHARMA", "原料药工艺优化与杂质控制", "教授", "13505512436", "340103196809130118");
    commissioner("yuan.zhihua", "袁志华", "hfcas", "BIOPHARMA", "中药现代化与天然产物提取纯化", "研究员", "15855122537", "340121197706040336");
    commissioner(null, "石磊", "hbmg", "BIOPHARMA", "煤化工精细化学品与催化合成", "正高级工程师", "18256162638", "340603197601270455");
    commissioner("lv.zhiqiang", "吕志强", "hfcas", "NEW_ENERGY", "光伏组件封装与可靠性测试", "研究员", "13965512739", "340104198003100759");
    commissioner("tian.lei", "田磊", "hfut", "NEW_ENERGY", "动力电池管理系统与新能源汽车电控", "副教授", "15155122840", "340302198607260188");
    commissioner(null, "侯建军", "hbmg", "NEW_ENERGY", "分布式光伏与矿区储能微电网", "高级工程师", "18956162941", "340602198210150593");
    commissioner("meng.fan", "孟凡", "szu", "LIGHT_INDUSTRY", "绿色造纸与废纸脱墨再生", "副教授", "13856573042", "341302198312080375");
    commissioner("yao.lijuan", "姚丽娟", "sztt", "LIGHT_INDUSTRY", "纸制品包装结构设计与绿色印刷", "高级工程师", "15956573143", "341321198504020229");
    commissioner(null, "汤勇", "aust", "LIGHT_INDUSTRY", "造纸废水处理与制浆清洁生产", "教授", "18654543244", "34040419710528049X");
    // graded 不合格 in the 2023 round (P-18; the text the dispatch process writes, DemoRoundHistory keeps his dispatch)
    barredCommissioner("yan.guodong", "闫国栋", "szvtc", "NEW_MATERIALS", "建筑陶瓷与保温材料", "讲师", "15805573345", "341302198103190543",
        "2023 年度选派派驻萧县第 1 服务年度考核不合格，终止合作，不再予以派驻（P-18）");

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

  private void barredCommissioner(String userId, String name, String unit, String group, String expertise,
      String title, String phone, String residentId, String reason) {
    Commissioner barred = new Commissioner(userId, name, sourceUnits.getReferenceById(unit), CommissionerLevel.MUNICIPAL,
        industryGroups.getReferenceById(group), expertise, title, phone, residentId);
    barred.bar(reason);
    commissioners.save(barred);
  }

  private void enterprise(String creditCode, String name, String district, String group, EnterpriseScale scale,
      String contactUserId, String contactName, String contactPhone) {
    enterprises.save(new Enterprise(creditCode, name, districts.getReferenceById(district),
        industryGroups.getReferenceById(group), scale, contactUserId, contactName, contactPhone));
  }
}
