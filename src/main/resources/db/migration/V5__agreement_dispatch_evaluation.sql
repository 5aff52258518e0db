-- Agreements, the two-year dispatch, service records and the yearly evaluation
-- (issue: agreements, dispatch, evaluation — P-05, P-06, P-09, P-12(3), P-14, P-15, P-16, P-18).

alter table selection_round drop constraint ck_selection_round_status;
alter table selection_round add constraint ck_selection_round_status check (status in
    ('COLLECTING', 'DEMANDS_APPROVED', 'SUPPLY_DEMAND_REVIEWED', 'NOMINATING', 'NOMINATED', 'MATCHING', 'MATCHED',
     'SIGNING', 'SIGNED', 'CANCELLED'));

-- A commissioner who declines the agreement leaves the district's matching (P-12(3)).
alter table round_match drop constraint ck_round_match_status;
alter table round_match add constraint ck_round_match_status check (status in ('PROPOSED', 'FINAL', 'DECLINED'));

-- The agreement of a final match (签订协议, P-12(3)), or of a renewal (续派, P-15). The term is two years.
create table agreement (
  id                     bigint        auto_increment primary key,
  round_id               bigint        not null,
  match_id               bigint,
  previous_agreement_id  bigint,
  commissioner_id        bigint        not null,
  district_code          varchar(16)   not null,
  status                 varchar(16)   not null,   -- PENDING, ACCEPTED, SIGNED, DECLINED
  agreement_no           varchar(64),
  signed_on              date,
  term_start             date,
  term_end               date,
  accepted_by            varchar(64),
  accepted_at            datetime(6),
  decline_reason         varchar(500),
  signed_by              varchar(64),
  signed_at              datetime(6),
  process_instance_id    varchar(64),
  version                int           not null default 0,
  constraint uk_agreement_no unique (agreement_no),
  constraint uk_agreement_match unique (match_id),
  constraint uk_agreement_previous unique (previous_agreement_id),
  constraint fk_agreement_round foreign key (round_id) references selection_round (id),
  constraint fk_agreement_match foreign key (match_id) references round_match (id),
  constraint fk_agreement_previous foreign key (previous_agreement_id) references agreement (id),
  constraint fk_agreement_commissioner foreign key (commissioner_id) references commissioner (id),
  constraint fk_agreement_district foreign key (district_code) references district (code),
  constraint ck_agreement_status check (status in ('PENDING', 'ACCEPTED', 'SIGNED', 'DECLINED')),
  constraint ck_agreement_signed check (status <> 'SIGNED'
      or (agreement_no is not null and signed_on is not null and term_start is not null and term_end > term_start))
);

-- The two-year dispatch of a signed agreement (派驻服务, P-14, P-15, P-18). A commissioner has at
-- most one running dispatch: active_commissioner_id is set while ACTIVE and unique.
create table dispatch (
  id                      bigint        auto_increment primary key,
  agreement_id            bigint        not null,
  commissioner_id         bigint        not null,
  active_commissioner_id  bigint,
  district_code           varchar(16)   not null,
  source_unit_code        varchar(32)   not null,
  term_start              date          not null,
  term_end                date          not null,
  status                  varchar(16)   not null,   -- ACTIVE, TERMINATED, COMPLETED, RENEWED
  end_reason              varchar(500),
  ended_at                datetime(6),
  business_key            varchar(128)  not null,
  process_instance_id     varchar(64),
  version                 int           not null default 0,
  constraint uk_dispatch_agreement unique (agreement_id),
  constraint uk_dispatch_active_commissioner unique (active_commissioner_id),
  constraint uk_dispatch_business_key unique (business_key),
  constraint fk_dispatch_agreement foreign key (agreement_id) references agreement (id),
  constraint fk_dispatch_commissioner foreign key (commissioner_id) references commissioner (id),
  constraint fk_dispatch_district foreign key (district_code) references district (code),
  constraint fk_dispatch_source_unit foreign key (source_unit_code) references source_unit (code),
  constraint ck_dispatch_status check (status in ('ACTIVE', 'TERMINATED', 'COMPLETED', 'RENEWED')),
  constraint ck_dispatch_active check ((status = 'ACTIVE') = (active_commissioner_id is not null)),
  constraint ck_dispatch_term check (term_end > term_start)
);
create index ix_dispatch_district on dispatch (district_code, status);
create index ix_dispatch_source_unit on dispatch (source_unit_code, status);

-- The enterprises a dispatch serves (服务单位, from the matching's pairing).
create table dispatch_enterprise (
  dispatch_id    bigint  not null,
  enterprise_id  bigint  not null,
  primary key (dispatch_id, enterprise_id),
  constraint fk_dispatch_enterprise_dispatch foreign key (dispatch_id) references dispatch (id),
  constraint fk_dispatch_enterprise_enterprise foreign key (enterprise_id) references enterprise (id)
);

-- A service the commissioner gave (服务记录, P-06, P-09); only CONFIRMED days count (P-15).
create table service_record (
  id                   bigint         auto_increment primary key,
  dispatch_id          bigint         not null,
  enterprise_id        bigint         not null,
  service_type         varchar(32)    not null,
  start_date           date           not null,
  end_date             date           not null,
  days                 int            not null,
  service_year         int            not null,
  summary              varchar(2000)  not null,
  status               varchar(16)    not null,   -- PENDING, CONFIRMED, DISPUTED
  recorded_by          varchar(64)    not null,
  recorded_at          datetime(6)    not null,
  answered_by          varchar(64),
  answered_at          datetime(6),
  dispute_reason       varchar(1000),
  process_instance_id  varchar(64),
  version              int            not null default 0,
  constraint fk_service_record_dispatch foreign key (dispatch_id) references dispatch (id),
  constraint fk_service_record_enterprise foreign key (enterprise_id) references enterprise (id),
  constraint ck_service_record_type check (service_type in ('DEMAND_MINING', 'ACHIEVEMENT_RECOMMENDATION',
      'MATCHMAKING_EVENT', 'COOPERATION', 'PLATFORM_BUILDING', 'CONSULTING')),
  constraint ck_service_record_status check (status in ('PENDING', 'CONFIRMED', 'DISPUTED')),
  constraint ck_service_record_days check (days > 0),
  constraint ck_service_record_period check (end_date >= start_date),
  constraint ck_service_record_year check (service_year >= 1),
  constraint ck_service_record_dispute check (status <> 'DISPUTED' or dispute_reason is not null)
);
create index ix_service_record_dispatch on service_record (dispatch_id, service_year, status);

-- A district's evaluation scheme (考核评价制度, P-18), set with its service units, approved by the
-- city. One scheme in force per district: in_force_district is set while APPROVED and unique.
create table evaluation_scheme (
  id                        bigint         auto_increment primary key,
  district_code             varchar(16)    not null,
  in_force_district         varchar(16),
  status                    varchar(16)    not null,   -- SUBMITTED, RETURNED, APPROVED, SUPERSEDED
  weight_orientation        int            not null,   -- 企业导向
  weight_initiative         int            not null,   -- 工作主动性
  weight_satisfaction       int            not null,   -- 企业满意度
  weight_results            int            not null,   -- 工作成效
  excellent_min             decimal(5,2)   not null,   -- 优秀 from this weighted score
  qualified_min             decimal(5,2)   not null,   -- 合格
  basic_min                 decimal(5,2)   not null,   -- 基本合格; below: 不合格
  service_units_consulted   varchar(1000)  not null,
  criteria_notes            varchar(2000),
  submitted_by              varchar(64)    not null,
  submitted_at              datetime(6)    not null,
  decided_by                varchar(64),
  decided_at                datetime(6),
  decision_comment          varchar(1000),
  process_instance_id       varchar(64),
  version                   int            not null default 0,
  constraint uk_evaluation_scheme_in_force unique (in_force_district),
  constraint fk_evaluation_scheme_district foreign key (district_code) references district (code),
  constraint ck_evaluation_scheme_status check (status in ('SUBMITTED', 'RETURNED', 'APPROVED', 'SUPERSEDED')),
  constraint ck_evaluation_scheme_in_force check ((status = 'APPROVED') = (in_force_district is not null)),
  constraint ck_evaluation_scheme_weights check (weight_orientation >= 0 and weight_initiative >= 0
      and weight_satisfaction >= 0 and weight_results >= 0
      and weight_orientation + weight_initiative + weight_satisfaction + weight_results = 100),
  constraint ck_evaluation_scheme_grades check (excellent_min <= 100 and excellent_min > qualified_min
      and qualified_min > basic_min and basic_min >= 0)
);

-- The yearly evaluation of a dispatch (年度考核, P-05, P-18): one per dispatch and service year.
create table evaluation (
  id                     bigint         auto_increment primary key,
  dispatch_id            bigint         not null,
  service_year           int            not null,
  scheme_id              bigint,
  status                 varchar(16)    not null,   -- OPEN, SUMMARISED, SCORED, APPROVED
  confirmed_days         int            not null default 0,
  confirmed_services     int            not null default 0,
  services_by_type       varchar(1000),
  demands_handled        int            not null default 0,
  commissioner_summary   varchar(4000),
  satisfaction_average   decimal(5,2),
  score_orientation      decimal(5,2),
  score_initiative       decimal(5,2),
  score_satisfaction     decimal(5,2),
  score_results          decimal(5,2),
  weighted_score         decimal(5,2),
  service_time_met       boolean,
  exception_justified    boolean        not null default false,
  exception_reason       varchar(1000),
  grade                  varchar(16),
  district_comment       varchar(1000),
  scored_by              varchar(64),
  scored_at              datetime(6),
  city_comment           varchar(1000),
  approved_by            varchar(64),
  approved_at            datetime(6),
  acknowledged_by        varchar(64),
  acknowledged_at        datetime(6),
  process_instance_id    varchar(64),
  version                int            not null default 0,
  constraint uk_evaluation unique (dispatch_id, service_year),
  constraint fk_evaluation_dispatch foreign key (dispatch_id) references dispatch (id),
  constraint fk_evaluation_scheme foreign key (scheme_id) references evaluation_scheme (id),
  constraint ck_evaluation_status check (status in ('OPEN', 'SUMMARISED', 'SCORED', 'APPROVED')),
  constraint ck_evaluation_grade check (grade is null or grade in ('EXCELLENT', 'QUALIFIED', 'BASIC', 'UNQUALIFIED')),
  constraint ck_evaluation_scores check (
      (score_orientation is null or score_orientation between 0 and 100)
      and (score_initiative is null or score_initiative between 0 and 100)
      and (score_satisfaction is null or score_satisfaction between 0 and 100)
      and (score_results is null or score_results between 0 and 100)),
  constraint ck_evaluation_exception check (exception_justified = false or exception_reason is not null)
);

-- A served enterprise's satisfaction with the commissioner in an evaluation (企业满意度, P-18).
create table enterprise_rating (
  id               bigint         auto_increment primary key,
  evaluation_id    bigint         not null,
  enterprise_id    bigint         not null,
  score            int            not null,
  rating_comment   varchar(1000),
  rated_by         varchar(64)    not null,
  rated_at         datetime(6)    not null,
  constraint uk_enterprise_rating unique (evaluation_id, enterprise_id),
  constraint fk_enterprise_rating_evaluation foreign key (evaluation_id) references evaluation (id),
  constraint fk_enterprise_rating_enterprise foreign key (enterprise_id) references enterprise (id),
  constraint ck_enterprise_rating_score check (score between 0 and 100)
);

-- The parties' answers on renewal at the end of the term (续派, P-15).
create table renewal_opinion (
  id               bigint         auto_increment primary key,
  dispatch_id      bigint         not null,
  party            varchar(16)    not null,   -- DISTRICT, COMMISSIONER, SOURCE_UNIT
  decision         varchar(8)     not null,   -- AGREE, DECLINE
  opinion_comment  varchar(1000),
  answered_by      varchar(64)    not null,
  answered_at      datetime(6)    not null,
  constraint uk_renewal_opinion unique (dispatch_id, party),
  constraint fk_renewal_opinion_dispatch foreign key (dispatch_id) references dispatch (id),
  constraint ck_renewal_opinion_party check (party in ('DISTRICT', 'COMMISSIONER', 'SOURCE_UNIT')),
  constraint ck_renewal_opinion_decision check (decision in ('AGREE', 'DECLINE'))
);

-- A concurrent post as technical adviser or director of a park or enterprise (兼职, P-16).
create table concurrent_post (
  id             bigint        auto_increment primary key,
  dispatch_id    bigint        not null,
  organisation   varchar(128)  not null,
  post_type      varchar(16)   not null,   -- ADVISER (技术顾问), DIRECTOR (技术总监), OTHER
  post_title     varchar(64)   not null,
  start_date     date          not null,
  end_date       date,
  recorded_by    varchar(64)   not null,
  recorded_at    datetime(6)   not null,
  constraint fk_concurrent_post_dispatch foreign key (dispatch_id) references dispatch (id),
  constraint ck_concurrent_post_type check (post_type in ('ADVISER', 'DIRECTOR', 'OTHER')),
  constraint ck_concurrent_post_period check (end_date is null or end_date >= start_date)
);

-- A funding subsidy paid by the district to the commissioner (经费补助, P-05).
create table subsidy (
  id             bigint         auto_increment primary key,
  dispatch_id    bigint         not null,
  amount         decimal(12,2)  not null,
  paid_on        date           not null,
  purpose        varchar(200)   not null,
  recorded_by    varchar(64)    not null,
  recorded_at    datetime(6)    not null,
  constraint fk_subsidy_dispatch foreign key (dispatch_id) references dispatch (id),
  constraint ck_subsidy_amount check (amount > 0)
);
