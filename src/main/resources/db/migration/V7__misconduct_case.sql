-- A misconduct case (违纪处理, P-17): a report against a running dispatch's commissioner by the district,
-- an enterprise the dispatch serves or the city; the district investigates (调查核实), the city decides
-- (审定处理决定). A confirmed case may end the dispatch (终止派驻) and bar the person from later rounds
-- (列入禁派, the P-18 bar); a dismissed one changes nothing. Runs on H2 and MySQL/MariaDB.
create table misconduct_case (
  id                      bigint         auto_increment primary key,
  dispatch_id             bigint         not null,
  commissioner_id         bigint         not null,
  district_code           varchar(16)    not null,
  source_unit_code        varchar(32)    not null,
  category                varchar(32)    not null,
  facts                   varchar(4000)  not null,
  occurred_on             date           not null,
  evidence                varchar(2000)  not null,
  reporter_user_id        varchar(64)    not null,
  reporter_role           varchar(16)    not null,   -- CITY, DISTRICT, ENTERPRISE
  reporter_enterprise_id  bigint,
  reported_at             datetime(6)    not null,
  status                  varchar(16)    not null,   -- REPORTED, INVESTIGATED, CONFIRMED, DISMISSED
  substantiated           boolean,
  findings                varchar(4000),
  recommended_measure     varchar(32),
  recommend_bar           boolean,
  investigated_by         varchar(64),
  investigated_at         datetime(6),
  measure                 varchar(32),
  barred                  boolean        not null default false,
  decision_reason         varchar(2000),
  decided_by              varchar(64),
  decided_at              datetime(6),
  dispatch_outcome        varchar(32),
  process_instance_id     varchar(64),
  version                 int            not null default 0,
  constraint fk_misconduct_case_dispatch foreign key (dispatch_id) references dispatch (id),
  constraint fk_misconduct_case_commissioner foreign key (commissioner_id) references commissioner (id),
  constraint fk_misconduct_case_district foreign key (district_code) references district (code),
  constraint fk_misconduct_case_source_unit foreign key (source_unit_code) references source_unit (code),
  constraint fk_misconduct_case_enterprise foreign key (reporter_enterprise_id) references enterprise (id),
  constraint ck_misconduct_case_category check (category in ('TRADE_SECRETS', 'INTERFERENCE', 'SOLICITING',
      'UNFAIR_COMPETITION', 'OTHER')),
  constraint ck_misconduct_case_reporter check (reporter_role in ('CITY', 'DISTRICT', 'ENTERPRISE')),
  constraint ck_misconduct_case_enterprise check ((reporter_role = 'ENTERPRISE') = (reporter_enterprise_id is not null)),
  constraint ck_misconduct_case_status check (status in ('REPORTED', 'INVESTIGATED', 'CONFIRMED', 'DISMISSED')),
  constraint ck_misconduct_case_recommended check (recommended_measure is null
      or recommended_measure in ('TERMINATE_DISPATCH', 'CRITICISM', 'NONE')),
  constraint ck_misconduct_case_measure check (measure is null or measure in ('TERMINATE_DISPATCH', 'CRITICISM')),
  constraint ck_misconduct_case_outcome check (dispatch_outcome is null
      or dispatch_outcome in ('TERMINATED', 'ALREADY_ENDED', 'CONTINUES')),
  constraint ck_misconduct_case_confirmed check (status <> 'CONFIRMED'
      or (measure is not null and decided_at is not null and decision_reason is not null)),
  constraint ck_misconduct_case_dismissed check (status <> 'DISMISSED'
      or (measure is null and barred = false and decided_at is not null and decision_reason is not null))
);
create index ix_misconduct_case_district on misconduct_case (district_code, status);
create index ix_misconduct_case_dispatch on misconduct_case (dispatch_id);
