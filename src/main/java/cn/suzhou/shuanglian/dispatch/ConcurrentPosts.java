package cn.suzhou.shuanglian.dispatch;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The concurrent posts, for other features (plain delegation to the concurrent post repository). */
@Component
public class ConcurrentPosts {

  private final ConcurrentPostRepository posts;

  public ConcurrentPosts(ConcurrentPostRepository posts) {
    this.posts = posts;
  }

  public Set<Long> findCommissionerIdsWithPostAt(String organisation, LocalDate day) {
    return posts.findCommissionerIdsWithPostAt(organisation, day);
  }
}
