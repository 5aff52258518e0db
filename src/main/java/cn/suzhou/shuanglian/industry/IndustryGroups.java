package cn.suzhou.shuanglian.industry;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The industry groups, for other features (plain delegation to the industry group repository). */
@Component
public class IndustryGroups {

  private final IndustryGroupRepository industryGroups;

  public IndustryGroups(IndustryGroupRepository industryGroups) {
    this.industryGroups = industryGroups;
  }

  public Optional<IndustryGroup> findById(String code) {
    return industryGroups.findById(code);
  }

  public List<IndustryGroup> findAll() {
    return industryGroups.findAll();
  }
}
