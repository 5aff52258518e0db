-- Lock-out audit (issue 13): an account locked after too many failed logins (LOCKED), a lock that ran
-- out by itself (EXPIRED, occurred_at = the lock's end), a lock lifted by an administrator (LIFTED,
-- actor_id = who; null only when the application itself unlocked without a user). The lock itself
-- lives in Camunda's ACT_ID_USER (ATTEMPTS_, LOCK_EXP_TIME_), so every node sees it. No password,
-- not even a wrong one, is ever written here.
create table login_lock_event (
  id               bigint        auto_increment primary key,
  user_id          varchar(64)   not null,
  kind             varchar(16)   not null,
  occurred_at      datetime(6)   not null,
  locked_until     datetime(6),
  failed_attempts  int,
  actor_id         varchar(64),
  recorded_at      datetime(6)   not null,
  constraint ck_login_lock_event_kind check (kind in ('LOCKED', 'EXPIRED', 'LIFTED')),
  constraint ck_login_lock_event_actor check (kind = 'LIFTED' or actor_id is null)
);
create index ix_login_lock_event_user on login_lock_event (user_id, occurred_at);
create index ix_login_lock_event_time on login_lock_event (occurred_at);
