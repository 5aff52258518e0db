-- Joint S&T project applications of a commissioner and its service unit, and their expert reviews
-- (issue: joint projects — P-19, P-20).

-- A joint project (科技项目申报, P-19). Each commissioner and each enterprise files at most one a
-- year: commissioner_slot / enterprise_slot hold the commissioner's and the enterprise's id while
-- the application holds that year's place, and are unique per year, so two concurrent filings
-- cannot both be kept. Only an application withdrawn before review — by the applicant, or because
-- the enterprise did not agree to file jointly — gives the place back (the slots become null;
-- unique keys allow many nulls). A rejected application keeps it: it was filed (docs/projects.md).
create table project_application (
  id                       bigint         auto_increment primary key,
  application_year         int            not null,
  commissioner_id          bigint         not null,
  enterprise_id            bigint         not null,
  dispatch_id              bigint         not null,
  commissioner_slot        bigint,
  enterprise_slot          bigint,
  title                    varchar(100)   not null,
  category                 varchar(16)    not null,   -- MAJOR_SPECIAL 市级重大专项, SCIENCE_PLAN 市科技计划项目
  industry_group_code      varchar(32)    not null,
  content                  varchar(4000)  not null,
  goals                    varchar(2000)  not null,
  total_budget             decimal(12,2)  not null,   -- 万元
  enterprise_funding       decimal(12,2)  not null,   -- 万元, the enterprise's own funds
  duration_months          int            not null,
  quota_exempt             boolean        not null,   -- P-19: not counted in the district's quota
  review_priority          int            not null,   -- P-19: reviewed first (higher first)
  status                   varchar(16)    not null,
  enterprise_answer_by     varchar(64),
  enterprise_answer_at     datetime(6),
  conditions_met           boolean,
  conditions_note          varchar(1000),
  checked_by               varchar(64),
  checked_at               datetime(6),
  average_score            decimal(5,2),
  decision_note            varchar(1000),
  decided_by               varchar(64),
  decided_at               datetime(6),
  recommended_to_province  boolean        not null default false,
  recommendation_note      varchar(1000),
  end_reason               varchar(1000),
  filed_by                 varchar(64)    not null,
  filed_at                 datetime(6)    not null,
  process_instance_id      varchar(64)    not null,
  version                  int            not null default 0,
  constraint uk_project_commissioner_year unique (commissioner_slot, application_year),
  constraint uk_project_enterprise_year unique (enterprise_slot, application_year),
  constraint fk_project_commissioner foreign key (commissioner_id) references commissioner (id),
  constraint fk_project_enterprise foreign key (enterprise_id) references enterprise (id),
  constraint fk_project_dispatch foreign key (dispatch_id) references dispatch (id),
  constraint fk_project_industry_group foreign key (industry_group_code) references industry_group (code),
  constraint ck_project_category check (category in ('MAJOR_SPECIAL', 'SCIENCE_PLAN')),
  constraint ck_project_status check (status in
      ('SUBMITTED', 'UNDER_REVIEW', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'DECLINED')),
  constraint ck_project_slots check (
      (status in ('WITHDRAWN', 'DECLINED') and commissioner_slot is null and enterprise_slot is null)
      or (status not in ('WITHDRAWN', 'DECLINED') and commissioner_slot = commissioner_id
          and enterprise_slot = enterprise_id)),
  constraint ck_project_budget check (total_budget > 0 and enterprise_funding >= 0
      and enterprise_funding <= total_budget),
  constraint ck_project_duration check (duration_months between 1 and 60),
  constraint ck_project_score check (average_score is null or (average_score >= 0 and average_score <= 100)),
  constraint ck_project_recommended check (recommended_to_province = false or status = 'APPROVED')
);
create index ix_project_year_status on project_application (application_year, status);
create index ix_project_dispatch on project_application (dispatch_id);

-- An expert of the Suzhou S&T expert database drawn to review a project (P-20), and the review.
create table project_review (
  id                    bigint         auto_increment primary key,
  application_id        bigint         not null,
  membership_id         bigint         not null,
  reviewer_user_id      varchar(64)    not null,
  drawn_at              datetime(6)    not null,
  score                 int,
  opinion               varchar(2000),
  recommend_province    boolean,
  submitted_at          datetime(6),
  constraint uk_project_review_expert unique (application_id, membership_id),
  constraint fk_project_review_application foreign key (application_id) references project_application (id),
  constraint fk_project_review_membership foreign key (membership_id) references expert_membership (id),
  constraint ck_project_review_score check (score is null or (score >= 0 and score <= 100)),
  constraint ck_project_review_submitted check ((submitted_at is null) = (score is null))
);
