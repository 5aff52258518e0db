package cn.suzhou.shuanglian.industry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/industry-groups")
@Tag(name = "行业分组 Industry groups", description = "Groups inside which commissioners are matched (P-11)")
public class IndustryGroupController {

  private final IndustryGroupRepository groups;

  public IndustryGroupController(IndustryGroupRepository groups) {
    this.groups = groups;
  }

  @GetMapping
  @Operation(summary = "List the industry groups")
  public List<IndustryGroupView> list() {
    return groups.findAllByOrderBySortOrder().stream().map(g -> new IndustryGroupView(g.getCode(), g.getName())).toList();
  }

  public record IndustryGroupView(String code, String name) {}
}
