package cn.suzhou.shuanglian.sourceunit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SourceUnitRepository extends JpaRepository<SourceUnit, String> {

  List<SourceUnit> findAllByOrderByCode();
}
