-- Issue 12 (case integrity): which party each parallel renewal opinion task (续派意见, P-15) of a
-- dispatch's case asks. The process records it when it opens the task, keyed by the task's execution;
-- the answer is then recorded for that party of that dispatch, whatever a completion carries.
-- Runs on H2 and MySQL/MariaDB.
create table renewal_opinion_task (
  execution_id  varchar(64)  not null primary key,
  dispatch_id   bigint       not null,
  party         varchar(16)  not null,   -- DISTRICT, COMMISSIONER, SOURCE_UNIT
  opened_at     datetime(6)  not null,
  constraint fk_renewal_opinion_task_dispatch foreign key (dispatch_id) references dispatch (id),
  constraint ck_renewal_opinion_task_party check (party in ('DISTRICT', 'COMMISSIONER', 'SOURCE_UNIT'))
);
create index ix_renewal_opinion_task_dispatch on renewal_opinion_task (dispatch_id);
