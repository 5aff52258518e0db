package cn.suzhou.shuanglian.dispatch;

import cn.suzhou.shuanglian.commissioner.CommissionerLevel;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.platform.security.CurrentUser;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * P-14: who manages a dispatch and so reads it with all its records — the city bureau and process
 * managers, the district it serves, the commissioner's source unit, and the commissioner. An
 * enterprise contact reads only what concerns the enterprise (its dispatches, its own records).
 *
 * <p>The same rule twice: for one dispatch in hand ({@link #managedBy(CurrentUser, Dispatch)}), and as
 * a condition of the database query of a list ({@link #managedBy(CurrentUser, Path, CriteriaBuilder)},
 * {@link #readableBy}), so that a page and its total count hold only the rows the caller may read.
 */
public final class DispatchAccess {

  private DispatchAccess() {}

  public static boolean managedBy(CurrentUser user, Dispatch dispatch) {
    return user.readsAllDistricts()
        || user.districtCodes().contains(dispatch.getDistrict().getCode())
        || user.sourceUnitCodes().contains(dispatch.getSourceUnit().getCode())
        || user.userId().equals(dispatch.getCommissioner().getUserId());
  }

  /**
   * {@link #managedBy(CurrentUser, Dispatch)} as a query condition on the dispatch at {@code dispatch};
   * null when the caller reads every district (no condition).
   */
  public static Predicate managedBy(CurrentUser user, Path<Dispatch> dispatch, CriteriaBuilder cb) {
    if (user.readsAllDistricts()) {
      return null;
    }
    List<Predicate> any = new ArrayList<>();
    if (!user.districtCodes().isEmpty()) {
      any.add(dispatch.get("district").get("code").in(user.districtCodes()));
    }
    if (!user.sourceUnitCodes().isEmpty()) {
      any.add(dispatch.get("sourceUnit").get("code").in(user.sourceUnitCodes()));
    }
    any.add(cb.equal(dispatch.get("commissioner").get("userId"), user.userId()));
    return cb.or(any.toArray(Predicate[]::new));
  }

  /**
   * The dispatches the caller reads (P-14) — those they manage, and those serving an enterprise whose
   * contact they are — of the commissioner level when given (P-13); as a query condition.
   */
  public static Specification<Dispatch> readableBy(CurrentUser user, CommissionerLevel level) {
    return (Root<Dispatch> root, CriteriaQuery<?> query, CriteriaBuilder cb) -> {
      List<Predicate> all = new ArrayList<>();
      Predicate managed = managedBy(user, root, cb);
      if (managed != null) {
        // or serving one of the caller's enterprises
        Subquery<Long> serving = query.subquery(Long.class);
        Root<Dispatch> other = serving.from(Dispatch.class);
        Join<Dispatch, Long> enterpriseId = other.join("enterpriseIds");
        Subquery<Long> own = query.subquery(Long.class);
        Root<Enterprise> enterprise = own.from(Enterprise.class);
        own.select(enterprise.get("id")).where(cb.equal(enterprise.get("contactUserId"), user.userId()));
        serving.select(other.get("id")).where(enterpriseId.in(own));
        all.add(cb.or(managed, root.get("id").in(serving)));
      }
      if (level != null) {
        all.add(cb.equal(root.get("commissioner").get("level"), level));
      }
      return cb.and(all.toArray(Predicate[]::new));
    };
  }
}
