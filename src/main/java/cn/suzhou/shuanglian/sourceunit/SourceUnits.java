package cn.suzhou.shuanglian.sourceunit;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The source units, for other features (plain delegation to the source unit repository). */
@Component
public class SourceUnits {

  private final SourceUnitRepository sourceUnits;

  public SourceUnits(SourceUnitRepository sourceUnits) {
    this.sourceUnits = sourceUnits;
  }

  public Optional<SourceUnit> findById(String code) {
    return sourceUnits.findById(code);
  }

  public List<SourceUnit> findAllByOrderByCode() {
    return sourceUnits.findAllByOrderByCode();
  }
}
