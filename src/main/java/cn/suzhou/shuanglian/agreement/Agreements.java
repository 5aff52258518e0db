package cn.suzhou.shuanglian.agreement;

import cn.suzhou.shuanglian.commissioner.CommissionerLevel;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/** The agreements, for other features (delegation to the agreement repository). */
@Component
public class Agreements {

  private final AgreementRepository agreements;

  public Agreements(AgreementRepository agreements) {
    this.agreements = agreements;
  }

  public Optional<Agreement> findWithDetailsById(Long id) {
    return agreements.findWithDetailsById(id);
  }

  public List<Agreement> findByRoundIdOrderById(Long roundId) {
    return agreements.findByRoundIdOrderById(roundId);
  }

  /**
   * A page of the round's agreements by id, of the districts given (all when null) and the commissioner
   * level when given (P-13): both are conditions of the query, so the page and its count hold only those rows.
   */
  public Page<Agreement> ofRound(Long roundId, Set<String> districtCodes, CommissionerLevel level, Pageable pageable) {
    if (districtCodes != null && districtCodes.isEmpty()) {
      return Page.empty(pageable);
    }
    Specification<Agreement> condition = (root, query, cb) -> {
      List<Predicate> all = new ArrayList<>();
      all.add(cb.equal(root.get("round").get("id"), roundId));
      if (districtCodes != null) {
        all.add(root.get("district").get("code").in(districtCodes));
      }
      if (level != null) {
        all.add(cb.equal(root.get("commissioner").get("level"), level));
      }
      return cb.and(all.toArray(Predicate[]::new));
    };
    return agreements.findAll(condition, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
        Sort.by("id")));
  }

  public Optional<Agreement> findByPreviousId(Long previousAgreementId) {
    return agreements.findByPreviousId(previousAgreementId);
  }
}
