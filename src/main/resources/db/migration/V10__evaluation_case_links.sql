-- The yearly evaluation and the evaluation scheme are found by their case (issue 12: the case's context
-- comes from the domain, never back from a process variable), and each satisfaction task of a yearly
-- evaluation by its own link (P-18): the task's execution, written when the task opens, names the
-- enterprise it asks — its completion rates that enterprise, whatever the task's variables say.
create index ix_evaluation_process_instance on evaluation (process_instance_id);
create index ix_evaluation_scheme_process_instance on evaluation_scheme (process_instance_id);

create table rating_request (
  id               bigint         auto_increment primary key,
  evaluation_id    bigint         not null,
  enterprise_id    bigint         not null,
  execution_id     varchar(64)    not null,
  requested_at     datetime(6)    not null,
  constraint uk_rating_request_execution unique (execution_id),
  constraint fk_rating_request_evaluation foreign key (evaluation_id) references evaluation (id),
  constraint fk_rating_request_enterprise foreign key (enterprise_id) references enterprise (id)
);
