-- Issue 12 (case integrity): the party each parallel task of a nomination or a matching answers for,
-- fixed by the system when the task is created and read back from here — never from a process
-- variable — when it is completed; the authenticated user must belong to that party's group.

-- nomination: a source unit's release (派出单位同意选派, P-08; group source-unit-<code>) or a
-- co-department's countersignature (会签, P-03; group codept-*), one row per task instance.
create table nomination_task (
  id                    bigint       auto_increment primary key,
  nomination_id         bigint       not null,
  activity_instance_id  varchar(64)  not null,
  party_group           varchar(64)  not null,
  created_at            datetime(6)  not null,
  constraint uk_nomination_task_activity unique (activity_instance_id),
  constraint fk_nomination_task_nomination foreign key (nomination_id) references nomination (id)
);

-- matching: a district's confirmation of its part of the proposal (确认匹配结果, P-11).
create table matching_task (
  id                    bigint       auto_increment primary key,
  round_id              bigint       not null,
  district_code         varchar(16)  not null,
  activity_instance_id  varchar(64)  not null,
  created_at            datetime(6)  not null,
  constraint uk_matching_task_activity unique (activity_instance_id),
  constraint fk_matching_task_round foreign key (round_id) references selection_round (id),
  constraint fk_matching_task_district foreign key (district_code) references district (code)
);

-- the nomination of a case is looked up by its process instance
create index ix_nomination_process on nomination (process_instance_id);
