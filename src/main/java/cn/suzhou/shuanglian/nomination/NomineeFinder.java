package cn.suzhou.shuanglian.nomination;

import java.util.List;
import org.springframework.stereotype.Component;

/** A nomination list's nominees, for other features (plain delegation to the nominee repository). */
@Component
public class NomineeFinder {

  private final NomineeRepository nominees;

  public NomineeFinder(NomineeRepository nominees) {
    this.nominees = nominees;
  }

  public List<Nominee> findByNominationIdOrderById(Long nominationId) {
    return nominees.findByNominationIdOrderById(nominationId);
  }
}
