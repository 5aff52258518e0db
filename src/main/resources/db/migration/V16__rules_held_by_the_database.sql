-- Issue 13: every "one at a time" rule held by the database, not only checked in Java
-- (docs/architecture.md, "Rules the database holds").

-- Named rows a request locks (select ... for update) inside its own transaction where a rule needs a
-- queue rather than a unique key: the yearly project numbers run 1, 2, 3 … without gaps, so filings
-- take their number one after another. The rows are created here, so no two requests ever race to
-- create one (InnoDB would let two such inserts deadlock).
create table rule_lock (
  name     varchar(64)   not null,
  purpose  varchar(200)  not null,
  constraint pk_rule_lock primary key (name)
);
insert into rule_lock (name, purpose) values
  ('project-filing', 'P-19 joint project filings: one a year per commissioner and per enterprise, numbered without gaps');

-- Project numbers are now max(serial_no) + 1 of the year, drawn under the 'project-filing' lock in the
-- filing's own transaction (a refused filing rolls back with its number); the counter table that a
-- separate transaction incremented is no longer used.
drop table project_number;

-- One domain row per case: every process finds its record by its process instance id.
alter table selection_round add constraint uk_selection_round_case unique (process_instance_id);
alter table demand_collection add constraint uk_demand_collection_case unique (process_instance_id);
alter table nomination add constraint uk_nomination_case unique (process_instance_id);
alter table dispatch add constraint uk_dispatch_case unique (process_instance_id);
alter table evaluation add constraint uk_evaluation_case unique (process_instance_id);
alter table evaluation_scheme add constraint uk_evaluation_scheme_case unique (process_instance_id);
alter table service_record add constraint uk_service_record_case unique (process_instance_id);
alter table misconduct_case add constraint uk_misconduct_case_case unique (process_instance_id);
