package cn.suzhou.shuanglian.demo;

import cn.suzhou.shuanglian.platform.identity.Groups;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: one or more users for every role of DESIGN §1, all with the demo password
 * ({@code shuanglian.demo.password}, listed in the README). Never active outside the demo profile.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "shuanglian.demo.enabled", havingValue = "true")
public class DemoUsers implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

  /** id, family name, given name, e-mail prefix, groups. Kept in step with the README's table. */
  static final List<DemoUser> USERS = List.of(
      new DemoUser("city.li", "李", "卫东", List.of(Groups.CITY)),
      new DemoUser("city.wang", "王", "静", List.of(Groups.CITY)),
      new DemoUser("yq.zhao", "赵", "磊", List.of(Groups.district("341302"))),
      new DemoUser("ds.sun", "孙", "梅", List.of(Groups.district("341321"))),
      new DemoUser("xx.qian", "钱", "峰", List.of(Groups.district("341322"))),
      new DemoUser("lb.zhou", "周", "强", List.of(Groups.district("341323"))),
      new DemoUser("sx.wu", "吴", "敏", List.of(Groups.district("341324"))),
      new DemoUser("jk.zheng", "郑", "涛", List.of(Groups.district("SZETDZ"))),
      new DemoUser("gx.feng", "冯", "丽", List.of(Groups.district("SZHTZ"))),
      new DemoUser("sm.chen", "陈", "刚", List.of(Groups.district("SMPARK"))),
      new DemoUser("org.he", "何", "建", List.of("codept-org")),
      new DemoUser("edu.lv", "吕", "华", List.of("codept-edu")),
      new DemoUser("hrss.shi", "施", "琳", List.of("codept-hrss")),
      new DemoUser("sasac.kong", "孔", "军", List.of("codept-sasac")),
      new DemoUser("szu.kjc", "刘", "芳", List.of(Groups.sourceUnit("szu"))),
      new DemoUser("hfut.kjc", "杨", "帆", List.of(Groups.sourceUnit("hfut"))),
      new DemoUser("ahu.kjc", "高", "远", List.of(Groups.sourceUnit("ahu"))),
      new DemoUser("szvtc.kjc", "姜", "慧", List.of(Groups.sourceUnit("szvtc"))),
      new DemoUser("aust.kjc", "薛", "斌", List.of(Groups.sourceUnit("aust"))),
      new DemoUser("hfcas.kyc", "戴", "宁", List.of(Groups.sourceUnit("hfcas"))),
      new DemoUser("sztt.zhb", "秦", "雯", List.of(Groups.sourceUnit("sztt"))),
      new DemoUser("hbmg.rlb", "卢", "涛", List.of(Groups.sourceUnit("hbmg"))),
      new DemoUser("zhou.haiming", "周", "海明", List.of(Groups.COMMISSIONERS)),
      new DemoUser("li.jianguo", "李", "建国", List.of(Groups.COMMISSIONERS)),
      new DemoUser("wang.xiaoyan", "王", "晓燕", List.of(Groups.COMMISSIONERS)),
      new DemoUser("chen.lei", "陈", "磊", List.of(Groups.COMMISSIONERS)),
      new DemoUser("zhang.li", "张", "丽", List.of(Groups.COMMISSIONERS)),
      new DemoUser("liu.yang", "刘", "洋", List.of(Groups.COMMISSIONERS)),
      new DemoUser("sun.wei", "孙", "伟", List.of(Groups.COMMISSIONERS)),
      new DemoUser("zhao.min", "赵", "敏", List.of(Groups.COMMISSIONERS)),
      new DemoUser("wu.gang", "吴", "刚", List.of(Groups.COMMISSIONERS)),
      new DemoUser("xu.fang", "徐", "芳", List.of(Groups.COMMISSIONERS)),
      new DemoUser("ma.qiang", "马", "强", List.of(Groups.COMMISSIONERS)),
      new DemoUser("liu.zhigang", "刘", "志刚", List.of(Groups.COMMISSIONERS)),
      new DemoUser("wang.haitao", "汪", "海涛", List.of(Groups.COMMISSIONERS)),
      new DemoUser("yang.chunyan", "杨", "春燕", List.of(Groups.COMMISSIONERS)),
      new DemoUser("qian.lixin", "钱", "立新", List.of(Groups.COMMISSIONERS)),
      new DemoUser("fan.zhiyuan", "范", "志远", List.of(Groups.COMMISSIONERS)),
      new DemoUser("huang.zhenyu", "黄", "振宇", List.of(Groups.COMMISSIONERS)),
      new DemoUser("shao.jianhua", "邵", "建华", List.of(Groups.COMMISSIONERS)),
      new DemoUser("jiang.wei", "蒋", "伟", List.of(Groups.COMMISSIONERS)),
      new DemoUser("pan.hong", "潘", "宏", List.of(Groups.COMMISSIONERS)),
      new DemoUser("ding.xiulan", "丁", "秀兰", List.of(Groups.COMMISSIONERS)),
      new DemoUser("ren.xiaohong", "任", "晓红", List.of(Groups.COMMISSIONERS)),
      new DemoUser("ge.ming", "葛", "明", List.of(Groups.COMMISSIONERS)),
      new DemoUser("wei.hongxia", "魏", "红霞", List.of(Groups.COMMISSIONERS)),
      new DemoUser("guo.xiaodong", "郭", "晓东", List.of(Groups.COMMISSIONERS)),
      new DemoUser("hu.xuemei", "胡", "雪梅", List.of(Groups.COMMISSIONERS)),
      new DemoUser("shen.jia", "沈", "佳", List.of(Groups.COMMISSIONERS)),
      new DemoUser("dong.xiaojing", "董", "晓静", List.of(Groups.COMMISSIONERS)),
      new DemoUser("jia.hong", "贾", "红", List.of(Groups.COMMISSIONERS)),
      new DemoUser("cao.jianping", "曹", "建平", List.of(Groups.COMMISSIONERS)),
      new DemoUser("yuan.zhihua", "袁", "志华", List.of(Groups.COMMISSIONERS)),
      new DemoUser("lv.zhiqiang", "吕", "志强", List.of(Groups.COMMISSIONERS)),
      new DemoUser("tian.lei", "田", "磊", List.of(Groups.COMMISSIONERS)),
      new DemoUser("meng.fan", "孟", "凡", List.of(Groups.COMMISSIONERS)),
      new DemoUser("yao.lijuan", "姚", "丽娟", List.of(Groups.COMMISSIONERS)),
      new DemoUser("yan.guodong", "闫", "国栋", List.of(Groups.COMMISSIONERS)),
      new DemoUser("hengda.contact", "黄", "志强", List.of(Groups.ENTERPRISES)),
      new DemoUser("lidu.contact", "朱", "红梅", List.of(Groups.ENTERPRISES)),
      new DemoUser("jinggong.contact", "许", "海涛", List.of(Groups.ENTERPRISES)),
      new DemoUser("yunshu.contact", "肖", "斌", List.of(Groups.ENTERPRISES)),
      new DemoUser("pm.sun", "孙", "倩", List.of(Groups.PROCESS_MANAGERS)));

  private final IdentityService identityService;
  private final String password;

  public DemoUsers(IdentityService identityService, @Value("${shuanglian.demo.password}") String password) {
    this.identityService = identityService;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    int created = 0;
    for (DemoUser demo : USERS) {
      if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identityService.newUser(demo.id());
        user.setLastName(demo.familyName());
        user.setFirstName(demo.givenName());
        user.setEmail(demo.id() + "@demo.shuanglian.local");
        user.setPassword(password);
        identityService.saveUser(user);
        created++;
      }
      for (String group : demo.groups()) {
        if (identityService.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0) {
          identityService.createMembership(demo.id(), group);
        }
      }
    }
    LOG.info("demo users: {} created, {} in all (password in README; demo profile only)", created, USERS.size());
  }

  record DemoUser(String id, String familyName, String givenName, List<String> groups) {}
}
