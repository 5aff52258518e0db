-- Joint project numbers run 1, 2, 3 … within a year (宿双链项〔2026〕0001), independent of the row id,
-- which skips values on rolled-back inserts (P-19 applications refused after a race).
create table project_number (
  application_year  int  primary key,
  last_serial       int  not null,
  constraint ck_project_number_serial check (last_serial > 0)
);

alter table project_application add column serial_no int;
update project_application set serial_no = id;
alter table project_application add constraint ck_project_serial_present check (serial_no is not null and serial_no > 0);
alter table project_application add constraint uk_project_serial unique (application_year, serial_no);
insert into project_number (application_year, last_serial)
  select application_year, max(serial_no) from project_application group by application_year;
