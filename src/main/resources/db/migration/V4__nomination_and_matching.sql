-- Nomination and matching (issue: selection round part 2).

alter table selection_round drop constraint ck_selection_round_status;
alter table selection_round add constraint ck_selection_round_status check (status in
    ('COLLECTING', 'DEMANDS_APPROVED', 'SUPPLY_DEMAND_REVIEWED', 'NOMINATING', 'NOMINATED', 'MATCHING', 'MATCHED',
     'CANCELLED'));

-- The preliminary list of a round (初步拟定选派人员名单, P-12(2)); one per round.
create table nomination (
  id                   bigint       auto_increment primary key,
  round_id             bigint       not null,
  status               varchar(16)  not null,   -- DRAFT, RELEASING, COUNTERSIGNING, FINAL
  process_instance_id  varchar(64),
  countersign_attempt  int          not null default 0,
  finalised_at         datetime(6),
  version              int          not null default 0,
  constraint uk_nomination_round unique (round_id),
  constraint fk_nomination_round foreign key (round_id) references selection_round (id),
  constraint ck_nomination_status check (status in ('DRAFT', 'RELEASING', 'COUNTERSIGNING', 'FINAL'))
);

-- A candidate on the list: eligibility outcome (P-07, P-08, P-18), provincial mark (P-13), and the
-- source unit's release (P-08). A commissioner is on a round's list at most once.
create table nominee (
  id                   bigint        auto_increment primary key,
  nomination_id        bigint        not null,
  commissioner_id      bigint        not null,
  conditions_attested  boolean       not null,
  provincial           boolean       not null,
  eligibility_reason   varchar(200)  not null,
  release_status       varchar(16)   not null,   -- PENDING, RELEASED, REFUSED
  release_reason       varchar(500),
  refusal_seen         boolean       not null default false,  -- the city has read the refusal and drafted again
  released_by          varchar(64),
  released_at          datetime(6),
  added_by             varchar(64)   not null,
  added_at             datetime(6)   not null,
  constraint uk_nominee unique (nomination_id, commissioner_id),
  constraint fk_nominee_nomination foreign key (nomination_id) references nomination (id),
  constraint fk_nominee_commissioner foreign key (commissioner_id) references commissioner (id),
  constraint ck_nominee_attested check (conditions_attested = true),
  constraint ck_nominee_release check (release_status in ('PENDING', 'RELEASED', 'REFUSED'))
);

-- Countersignature (会签, P-03) of each co-department, per attempt.
create table countersign (
  id                 bigint         auto_increment primary key,
  nomination_id      bigint         not null,
  attempt_no         int            not null,
  department_group   varchar(32)    not null,
  decision           varchar(8)     not null,
  countersign_comment varchar(1000),
  signed_by          varchar(64)    not null,
  signed_at          datetime(6)    not null,
  constraint uk_countersign unique (nomination_id, attempt_no, department_group),
  constraint fk_countersign_nomination foreign key (nomination_id) references nomination (id),
  constraint ck_countersign_decision check (decision in ('AGREE', 'OBJECT'))
);

-- A commissioner's district in a round (分组匹配, P-11): one district per commissioner per round.
create table round_match (
  id                bigint        auto_increment primary key,
  round_id          bigint        not null,
  commissioner_id   bigint        not null,
  district_code     varchar(16)   not null,
  status            varchar(16)   not null,   -- PROPOSED, FINAL
  same_group        boolean       not null,
  distance_km       int           not null,
  explanation       varchar(500)  not null,
  changed_by_city   boolean       not null default false,
  version           int           not null default 0,
  constraint uk_round_match unique (round_id, commissioner_id),
  constraint fk_round_match_round foreign key (round_id) references selection_round (id),
  constraint fk_round_match_commissioner foreign key (commissioner_id) references commissioner (id),
  constraint fk_round_match_district foreign key (district_code) references district (code),
  constraint ck_round_match_status check (status in ('PROPOSED', 'FINAL'))
);
create index ix_round_match_district on round_match (round_id, district_code);

-- Each district's answer to the proposal.
create table match_confirmation (
  id                    bigint         auto_increment primary key,
  round_id              bigint         not null,
  district_code         varchar(16)    not null,
  decision              varchar(16)    not null,
  confirmation_comment  varchar(1000),
  confirmed_by          varchar(64)    not null,
  confirmed_at          datetime(6)    not null,
  constraint uk_match_confirmation unique (round_id, district_code),
  constraint fk_match_confirmation_round foreign key (round_id) references selection_round (id),
  constraint ck_match_confirmation_decision check (decision in ('CONFIRM', 'REQUEST_CHANGE'))
);

-- The service units a matched commissioner serves (P-11).
create table match_service_unit (
  match_id         bigint  not null,
  service_unit_id  bigint  not null,
  primary key (match_id, service_unit_id),
  constraint fk_match_service_unit_match foreign key (match_id) references round_match (id),
  constraint fk_match_service_unit_unit foreign key (service_unit_id) references service_unit (id)
);
