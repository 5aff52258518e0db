package cn.suzhou.shuanglian.district;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/districts")
@Tag(name = "县区与园区 Districts", description = "The counties/districts and city-managed parks that receive commissioners (P-01, P-02)")
public class DistrictController {

  private final DistrictRepository districts;

  public DistrictController(DistrictRepository districts) {
    this.districts = districts;
  }

  @GetMapping
  @Operation(summary = "List the active districts and parks, with their Camunda group ids")
  public List<DistrictView> list() {
    return districts.findByActiveTrueOrderBySortOrder().stream().map(DistrictView::of).toList();
  }

  public record DistrictView(String code, String name, District.Kind kind, String regionCode, String groupId,
      BigDecimal latitude, BigDecimal longitude) {
    static DistrictView of(District d) {
      return new DistrictView(d.getCode(), d.getName(), d.getKind(), d.getRegionCode(), d.groupId(),
          d.getLatitude(), d.getLongitude());
    }
  }
}
