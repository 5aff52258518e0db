package cn.suzhou.shuanglian.platform.security;

import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.platform.web.ApiException;
import cn.suzhou.shuanglian.platform.web.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administrators see the accounts locked after failed logins, lift locks, and read the lock-out audit. */
@RestController
@RequestMapping("/api/account-locks")
@Tag(name = "账号锁定 Account locks", description = "Accounts locked after repeated failed logins (bounded, "
    + "shuanglian.security.lockout.*): current locks, lifting one, and the audit of locks, expiries and lifts. "
    + "System administrators (camunda-admin) only.")
public class AccountLockController {

  static final int MAX_EVENTS = 1000;

  private final CurrentUsers users;
  private final LoginLockout lockout;
  private final LoginLockEventRepository events;
  private final IdentityService identityService;
  private final Messages messages;

  public AccountLockController(CurrentUsers users, LoginLockout lockout, LoginLockEventRepository events,
      IdentityService identityService, Messages messages) {
    this.users = users;
    this.lockout = lockout;
    this.events = events;
    this.identityService = identityService;
    this.messages = messages;
  }

  @GetMapping
  @Operation(summary = "Accounts locked now, the soonest to unlock first",
      description = "Locks after shuanglian.security.lockout.max-failures failed logins in a row; the short waits "
          + "between attempts are not listed. Each lock ends by itself at lockedUntil.")
  @ApiResponse(responseCode = "200", description = "the current locks (possibly none)")
  @ApiResponse(responseCode = "403", description = "the caller is not a system administrator (camunda-admin)")
  public List<AccountLockView> locks() {
    requireAdministrator();
    Instant now = EngineClock.now();
    return lockout.currentLocks().stream().map(lock -> AccountLockView.of(lock, now)).toList();
  }

  @DeleteMapping("/{userId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Lift the lock of an account now",
      description = "Same as Camunda Admin's \"unlock user\": clears the failed attempts and any lock or wait; a lock "
          + "in force is audited as LIFTED with the administrator's id. Answers 204 also when nothing was locked.")
  @ApiResponse(responseCode = "204", description = "the account takes logins again")
  @ApiResponse(responseCode = "403", description = "the caller is not a system administrator (camunda-admin)")
  @ApiResponse(responseCode = "404", description = "no such user")
  public void lift(@PathVariable String userId) {
    requireAdministrator();
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      throw ApiException.notFound("lockout.user.unknown", userId);
    }
    identityService.unlockUser(userId);
  }

  @GetMapping("/events")
  @Operation(summary = "The lock-out audit, newest first",
      description = "LOCKED (after failed logins; failedAttempts, lockedUntil), EXPIRED (the lock ran out by itself; "
          + "occurredAt is its end) and LIFTED (liftedBy, the administrator). No password is ever recorded.")
  @ApiResponse(responseCode = "200", description = "audit entries")
  @ApiResponse(responseCode = "400", description = "limit outside 1–" + MAX_EVENTS)
  @ApiResponse(responseCode = "403", description = "the caller is not a system administrator (camunda-admin)")
  public List<LockEventView> events(
      @Parameter(description = "only this user's entries") @RequestParam(required = false) String userId,
      @Parameter(description = "at most this many entries (1–1000)") @RequestParam(defaultValue = "100") int limit) {
    requireAdministrator();
    if (limit < 1 || limit > MAX_EVENTS) {
      throw ApiException.invalid(List.of(new ApiException.FieldProblem("limit",
          messages.get("lockout.limit.range", limit, MAX_EVENTS))));
    }
    lockout.recordExpiredLocks();
    PageRequest page = PageRequest.of(0, limit);
    List<LoginLockEvent> found = userId == null || userId.isBlank()
        ? events.findAllByOrderByOccurredAtDescIdDesc(page)
        : events.findByUserIdOrderByOccurredAtDescIdDesc(userId, page);
    return found.stream().map(LockEventView::of).toList();
  }

  private void requireAdministrator() {
    if (!users.current().groupIds().contains(Groups.ADMIN)) {
      throw ApiException.forbidden("error.forbidden");
    }
  }

  public record AccountLockView(String userId, String firstName, String lastName, int failedAttempts,
      Instant lockedUntil, long retryAfterSeconds) {
    static AccountLockView of(LoginLockout.CurrentLock lock, Instant now) {
      return new AccountLockView(lock.userId(), lock.firstName(), lock.lastName(), lock.failedAttempts(),
          lock.lockedUntil(), new LockRefusal(lock.userId(), LockRefusal.Kind.LOCKED, lock.lockedUntil())
              .retryAfterSeconds(now));
    }
  }

  public record LockEventView(Long id, String userId, LoginLockEvent.Kind event, Instant occurredAt,
      Instant lockedUntil, Integer failedAttempts, String liftedBy, Instant recordedAt) {
    static LockEventView of(LoginLockEvent e) {
      return new LockEventView(e.getId(), e.getUserId(), e.getKind(), e.getOccurredAt(), e.getLockedUntil(),
          e.getFailedAttempts(), e.getActorId(), e.getRecordedAt());
    }
  }
}
