package cn.suzhou.shuanglian.sourceunit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/source-units")
@Tag(name = "派出单位 Source units", description = "Universities, institutes and enterprises that send commissioners (P-08)")
public class SourceUnitController {

  private final SourceUnitRepository units;

  public SourceUnitController(SourceUnitRepository units) {
    this.units = units;
  }

  @GetMapping
  @Operation(summary = "List the source units")
  public List<SourceUnitView> list() {
    return units.findAllByOrderByCode().stream().map(SourceUnitView::of).toList();
  }

  public record SourceUnitView(String code, String name, SourceUnitType type, String typeLabel, boolean inCity,
      String city, String groupId) {
    static SourceUnitView of(SourceUnit u) {
      return new SourceUnitView(u.getCode(), u.getName(), u.getType(), u.getType().label(), u.isInCity(), u.getCity(),
          u.groupId());
    }
  }
}
