-- Selection round, service units, technology demands and the city's review (issue: selection round part 1).

-- The two-year selection round (选派轮次, P-01). One live round per year: active_year equals
-- round_year until the round is cancelled, and is unique (several NULLs are allowed).
create table selection_round (
  id                     bigint       auto_increment primary key,
  round_year             int          not null,
  active_year            int,
  status                 varchar(24)  not null,
  collection_deadline    date         not null,
  process_instance_id    varchar(64),
  opened_by              varchar(64)  not null,
  opened_at              datetime(6)  not null,
  summary_compiled_at    datetime(6),
  summary_reviewed_by    varchar(64),
  summary_reviewed_at    datetime(6),
  summary_review_note    varchar(1000),
  version                int          not null default 0,
  constraint uk_selection_round_active_year unique (active_year),
  constraint ck_selection_round_year check (round_year >= 2023),
  constraint ck_selection_round_status check (status in
      ('COLLECTING', 'DEMANDS_APPROVED', 'SUPPLY_DEMAND_REVIEWED', 'CANCELLED'))
);

-- The districts a round covers, taken from the district table when the round opens (P-02).
create table round_district (
  round_id       bigint       not null,
  sort_index     int          not null,
  district_code  varchar(16)  not null,
  primary key (round_id, sort_index),
  constraint uk_round_district unique (round_id, district_code),
  constraint fk_round_district_round foreign key (round_id) references selection_round (id),
  constraint fk_round_district_district foreign key (district_code) references district (code)
);

-- One district's demand collection in a round (县区需求征集, P-12(1)).
create table demand_collection (
  id                   bigint       auto_increment primary key,
  round_id             bigint       not null,
  district_code        varchar(16)  not null,
  status               varchar(16)  not null,   -- DRAFT, SUBMITTED, RETURNED, APPROVED
  process_instance_id  varchar(64),
  submitted_by         varchar(64),
  submitted_at         datetime(6),
  approved_by          varchar(64),
  approved_at          datetime(6),
  version              int          not null default 0,
  constraint uk_demand_collection unique (round_id, district_code),
  constraint fk_demand_collection_round foreign key (round_id) references selection_round (id),
  constraint fk_demand_collection_district foreign key (district_code) references district (code),
  constraint ck_demand_collection_status check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'))
);

-- A screened service unit (服务单位, P-10): an enterprise of the district that complies with
-- industrial policy, operates lawfully and has consented of its own will. No consent, no row.
create table service_unit (
  id                    bigint        auto_increment primary key,
  collection_id         bigint        not null,
  enterprise_id         bigint        not null,
  complies_with_policy  boolean       not null,
  lawful_operation      boolean       not null,
  scale_and_potential   varchar(500)  not null,
  consent               boolean       not null,
  consent_by            varchar(64)   not null,
  screened_by           varchar(64)   not null,
  screened_at           datetime(6)   not null,
  constraint uk_service_unit unique (collection_id, enterprise_id),
  constraint fk_service_unit_collection foreign key (collection_id) references demand_collection (id),
  constraint fk_service_unit_enterprise foreign key (enterprise_id) references enterprise (id),
  constraint ck_service_unit_consent check (consent = true),
  constraint ck_service_unit_screening check (complies_with_policy = true and lawful_operation = true)
);

-- A technology demand (技术需求, P-12(1), P-06, P-09) of a service unit.
create table technology_demand (
  id                   bigint         auto_increment primary key,
  collection_id        bigint         not null,
  service_unit_id      bigint         not null,
  industry_group_code  varchar(32)    not null,
  industry_category    varchar(16)    not null,
  demand_type          varchar(24)    not null,
  title                varchar(128)   not null,
  description          varchar(2000)  not null,
  cooperation_sought   varchar(200)   not null,
  status               varchar(16)    not null,
  created_by           varchar(64)    not null,
  created_at           datetime(6)    not null,
  version              int            not null default 0,
  constraint uk_technology_demand_title unique (collection_id, title),
  constraint fk_technology_demand_collection foreign key (collection_id) references demand_collection (id),
  constraint fk_technology_demand_service_unit foreign key (service_unit_id) references service_unit (id),
  constraint fk_technology_demand_industry foreign key (industry_group_code) references industry_group (code),
  constraint ck_technology_demand_category check (industry_category in ('LEADING', 'EMERGING', 'BACKBONE')),
  constraint ck_technology_demand_type check (demand_type in
      ('TECH_PROBLEM', 'PRODUCT_DEVELOPMENT', 'ACHIEVEMENT_TRANSFER', 'PLATFORM_COBUILD', 'TALENT_CONSULTING')),
  constraint ck_technology_demand_status check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'))
);
create index ix_technology_demand_service_unit on technology_demand (service_unit_id);

-- Every review (审定) of a district's list, returns with their comments included.
create table demand_review (
  id             bigint         auto_increment primary key,
  collection_id  bigint         not null,
  review_no      int            not null,
  decision       varchar(8)     not null,
  review_comment varchar(1000),
  reviewed_by    varchar(64)    not null,
  reviewed_at    datetime(6)    not null,
  constraint uk_demand_review unique (collection_id, review_no),
  constraint fk_demand_review_collection foreign key (collection_id) references demand_collection (id),
  constraint ck_demand_review_decision check (decision in ('APPROVE', 'RETURN'))
);

-- The supply–demand comparison (供需比对, P-04) a round holds once every district is approved:
-- demand per district and industry group, and supply per industry group.
create table round_demand_line (
  round_id             bigint       not null,
  district_code        varchar(16)  not null,
  industry_group_code  varchar(32)  not null,
  demand_count         int          not null,
  service_unit_count   int          not null,
  primary key (round_id, district_code, industry_group_code),
  constraint fk_round_demand_line_round foreign key (round_id) references selection_round (id)
);

create table round_supply_line (
  round_id             bigint       not null,
  industry_group_code  varchar(32)  not null,
  commissioner_count   int          not null,
  provincial_count     int          not null,
  primary key (round_id, industry_group_code),
  constraint fk_round_supply_line_round foreign key (round_id) references selection_round (id)
);
