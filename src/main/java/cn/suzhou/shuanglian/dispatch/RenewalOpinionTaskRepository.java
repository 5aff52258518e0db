package cn.suzhou.shuanglian.dispatch;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RenewalOpinionTaskRepository extends JpaRepository<RenewalOpinionTask, String> {}
