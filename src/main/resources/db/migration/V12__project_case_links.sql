-- Process contracts (issue 12): a joint project's case is read from its row, never from an id in a
-- process variable. The row of a process instance is found by process_instance_id (one application per
-- instance), and an expert's review by the application and the expert who completes the task (one
-- review per expert and application: a commissioner holds at most one membership of the pool).
create unique index ux_project_process_instance on project_application (process_instance_id);
alter table project_review add constraint uk_project_review_reviewer unique (application_id, reviewer_user_id);
