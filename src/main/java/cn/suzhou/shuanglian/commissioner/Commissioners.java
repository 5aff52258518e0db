package cn.suzhou.shuanglian.commissioner;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The commissioners, for other features (plain delegation to the commissioner repository). */
@Component
public class Commissioners {

  private final CommissionerRepository commissioners;

  public Commissioners(CommissionerRepository commissioners) {
    this.commissioners = commissioners;
  }

  public Optional<Commissioner> findById(Long id) {
    return commissioners.findById(id);
  }

  public List<Commissioner> findAllByOrderById() {
    return commissioners.findAllByOrderById();
  }

  public Optional<Commissioner> findWithDetailsById(Long id) {
    return commissioners.findWithDetailsById(id);
  }

  public Optional<Commissioner> findByUserId(String userId) {
    return commissioners.findByUserId(userId);
  }
}
