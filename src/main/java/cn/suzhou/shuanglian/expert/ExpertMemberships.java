package cn.suzhou.shuanglian.expert;

import java.util.List;
import org.springframework.stereotype.Component;

/** The expert pool's memberships, for other features (plain delegation to the membership repository). */
@Component
public class ExpertMemberships {

  private final ExpertMembershipRepository memberships;

  public ExpertMemberships(ExpertMembershipRepository memberships) {
    this.memberships = memberships;
  }

  public List<ExpertMembership> findAllByOrderByApprovedAtDesc() {
    return memberships.findAllByOrderByApprovedAtDesc();
  }
}
