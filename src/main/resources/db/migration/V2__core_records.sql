-- Core records of the commissioner programme (issue: platform).

-- Source units (派出单位, P-08): universities, institutes, transfer centres, SOEs, leading and
-- above-designated-size enterprises, associations and societies, inside or outside the city.
create table source_unit (
  code        varchar(32)  not null,
  name        varchar(128) not null,
  type        varchar(32)  not null,
  in_city     boolean      not null,
  city        varchar(32)  not null,   -- 所在城市, e.g. 宿州市, 合肥市
  latitude    decimal(9,6) not null,
  longitude   decimal(9,6) not null,
  primary key (code),
  constraint uk_source_unit_name unique (name),
  constraint ck_source_unit_type check (type in ('UNIVERSITY', 'RESEARCH_INSTITUTE', 'TECH_TRANSFER_CENTER',
      'STATE_OWNED_ENTERPRISE', 'LEADING_ENTERPRISE', 'ABOVE_SCALE_ENTERPRISE', 'ASSOCIATION'))
);

-- The city's commissioner information database (双链融合专员信息库, P-04).
create table commissioner (
  id                   bigint       auto_increment primary key,
  user_id              varchar(64),           -- the person's login (Camunda user id), when they have one
  name                 varchar(64)  not null,
  source_unit_code     varchar(32)  not null,
  level                varchar(16)  not null, -- MUNICIPAL (市级) or PROVINCIAL (省级, P-13)
  industry_group_code  varchar(32)  not null,
  expertise            varchar(500) not null,
  title                varchar(64)  not null,
  phone                varchar(11)  not null,
  resident_id          varchar(18)  not null,
  barred               boolean      not null default false, -- graded 不合格 once: never dispatched again (P-18)
  barred_reason        varchar(500),
  created_at           datetime(6)  not null,
  version              int          not null default 0,
  constraint uk_commissioner_user unique (user_id),
  constraint uk_commissioner_resident_id unique (resident_id),
  constraint fk_commissioner_source_unit foreign key (source_unit_code) references source_unit (code),
  constraint fk_commissioner_industry foreign key (industry_group_code) references industry_group (code),
  constraint ck_commissioner_level check (level in ('MUNICIPAL', 'PROVINCIAL')),
  constraint ck_commissioner_resident_id check (char_length(resident_id) = 18),
  constraint ck_commissioner_phone check (char_length(phone) = 11)
);

-- Enterprises (企业; a service unit once screened, P-10).
create table enterprise (
  id                   bigint       auto_increment primary key,
  credit_code          varchar(18)  not null,   -- 统一社会信用代码 (GB 32100)
  name                 varchar(128) not null,
  district_code        varchar(16)  not null,
  industry_group_code  varchar(32)  not null,
  scale                varchar(16)  not null,   -- LARGE, MEDIUM, SMALL, MICRO (GB/T 划型)
  contact_user_id      varchar(64),
  contact_name         varchar(64),
  contact_phone        varchar(11),
  created_at           datetime(6)  not null,
  version              int          not null default 0,
  constraint uk_enterprise_credit_code unique (credit_code),
  constraint fk_enterprise_district foreign key (district_code) references district (code),
  constraint fk_enterprise_industry foreign key (industry_group_code) references industry_group (code),
  constraint ck_enterprise_scale check (scale in ('LARGE', 'MEDIUM', 'SMALL', 'MICRO')),
  constraint ck_enterprise_credit_code check (char_length(credit_code) = 18)
);
create index ix_enterprise_district on enterprise (district_code);

-- Suzhou S&T expert database membership (宿州市科技专家库, P-20). One membership per commissioner.
create table expert_membership (
  id                   bigint        auto_increment primary key,
  commissioner_id      bigint        not null,
  expertise            varchar(500)  not null,
  title                varchar(64)   not null,
  review_fields        varchar(500)  not null,  -- industry group codes, comma separated
  achievements         varchar(2000),
  approved_by          varchar(64)   not null,
  approved_at          datetime(6)   not null,
  process_instance_id  varchar(64)   not null,
  constraint uk_expert_membership_commissioner unique (commissioner_id),
  constraint fk_expert_membership_commissioner foreign key (commissioner_id) references commissioner (id)
);
