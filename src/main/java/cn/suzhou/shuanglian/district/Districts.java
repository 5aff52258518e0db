package cn.suzhou.shuanglian.district;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The districts, for other features (plain delegation to the district repository). */
@Component
public class Districts {

  private final DistrictRepository districts;

  public Districts(DistrictRepository districts) {
    this.districts = districts;
  }

  public Optional<District> findById(String code) {
    return districts.findById(code);
  }

  public List<District> findAllById(Iterable<String> codes) {
    return districts.findAllById(codes);
  }

  public District getReferenceById(String code) {
    return districts.getReferenceById(code);
  }

  public List<District> findByActiveTrueOrderBySortOrder() {
    return districts.findByActiveTrueOrderBySortOrder();
  }
}
