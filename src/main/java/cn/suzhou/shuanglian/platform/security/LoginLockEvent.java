package cn.suzhou.shuanglian.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of the lock-out audit: an account locked after too many failed logins, a lock that ran
 * out by itself, or a lock an administrator lifted (who, when). Never holds a password.
 */
@Entity
@Table(name = "login_lock_event")
public class LoginLockEvent {

  public enum Kind { LOCKED, EXPIRED, LIFTED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false)
  private String userId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private Kind kind;

  /** When it happened: the lock's start, the lock's end (expiry) or the moment it was lifted. */
  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  /** The end of the lock concerned. */
  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "failed_attempts")
  private Integer failedAttempts;

  /** The administrator who lifted the lock (LIFTED only). */
  @Column(name = "actor_id")
  private String actorId;

  /** When the row was written (an expiry is written when it is first noticed). */
  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected LoginLockEvent() {}

  public LoginLockEvent(String userId, Kind kind, Instant occurredAt, Instant lockedUntil, Integer failedAttempts,
      String actorId, Instant recordedAt) {
    this.userId = userId;
    this.kind = kind;
    this.occurredAt = occurredAt;
    this.lockedUntil = lockedUntil;
    this.failedAttempts = failedAttempts;
    this.actorId = actorId;
    this.recordedAt = recordedAt;
  }

  public Long getId() { return id; }
  public String getUserId() { return userId; }
  public Kind getKind() { return kind; }
  public Instant getOccurredAt() { return occurredAt; }
  public Instant getLockedUntil() { return lockedUntil; }
  public Integer getFailedAttempts() { return failedAttempts; }
  public String getActorId() { return actorId; }
  public Instant getRecordedAt() { return recordedAt; }
}
