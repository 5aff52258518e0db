package cn.suzhou.shuanglian.servicerecord;

import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.dispatch.DispatchAccess;
import cn.suzhou.shuanglian.platform.security.CurrentUser;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.data.jpa.domain.Specification;

/**
 * P-14 for the city-wide list of service records, as a condition of its query (so a page and its
 * {@code X-Total-Count} hold only readable rows): every record of a dispatch the caller manages
 * ({@link DispatchAccess#managedBy(CurrentUser, Path, CriteriaBuilder)} — the city bureau and process
 * managers, the dispatch's district, the commissioner's source unit, the commissioner), and an
 * enterprise contact's own enterprise's records — the rule of {@code GET /api/dispatches/{id}/service-records}.
 */
final class ServiceRecordAccess {

  private ServiceRecordAccess() {}

  static Specification<ServiceRecord> readableBy(CurrentUser user) {
    return (Root<ServiceRecord> root, CriteriaQuery<?> query, CriteriaBuilder cb) -> {
      Path<Dispatch> dispatch = root.get("dispatch");
      Predicate managed = DispatchAccess.managedBy(user, dispatch, cb);
      if (managed == null) {
        return cb.conjunction();
      }
      return cb.or(managed, cb.equal(root.get("enterprise").get("contactUserId"), user.userId()));
    };
  }
}
