package cn.suzhou.shuanglian.platform.process;

import cn.suzhou.shuanglian.platform.identity.Groups;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Candidates of user tasks from variables that may be empty, for {@code camunda:candidateUsers} and
 * {@code camunda:candidateGroups} expressions (an empty list adds no candidate of that kind):
 * an enterprise's contact or else its district, a commissioner or else the district that manages them
 * (P-14) — some enterprises and experts have no login. The bean's name, {@code taskCandidates}, must not
 * be a process variable's (a variable shadows a bean in expressions).
 */
@Component("taskCandidates")
public class TaskCandidates {

  /** The user or group, if there is one. */
  public List<String> of(String id) {
    return id == null || id.isBlank() ? List.of() : List.of(id);
  }

  /** The district's group when the person who should act has no login; none otherwise. */
  public List<String> districtIfNone(String userId, String districtCode) {
    return userId == null || userId.isBlank() ? List.of(Groups.district(districtCode)) : List.of();
  }
}
