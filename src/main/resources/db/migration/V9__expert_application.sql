-- Applications to the Suzhou S&T expert database (专家库入库申请, P-20), the domain record of each
-- expertPoolApplication case (issue 12: the case's truth lives here, not in process variables).
-- The resident ID and phone an applicant gives are checked against the commissioner row and kept
-- nowhere else.
--
-- One application under review per commissioner: pending_commissioner_id holds the commissioner's id
-- while the application is PENDING and is null once it is decided (APPROVED, REJECTED) or its case
-- was cancelled (CANCELLED); the unique key (many nulls allowed) keeps two concurrent applications
-- from both being under review.
create table expert_application (
  id                       bigint         auto_increment primary key,
  commissioner_id          bigint         not null,
  pending_commissioner_id  bigint,
  process_instance_id      varchar(64)    not null,
  status                   varchar(16)    not null,
  title                    varchar(64)    not null,
  expertise                varchar(500)   not null,
  review_fields            varchar(500)   not null,   -- industry group codes, comma separated
  achievements             varchar(2000),
  filed_by                 varchar(64)    not null,   -- the commissioner, or the city official filing for them
  reviewer_user_id         varchar(64),
  rejection_reason         varchar(1000),
  decided_at               datetime(6),
  created_at               datetime(6)    not null,
  version                  int            not null default 0,
  constraint uk_expert_application_pending unique (pending_commissioner_id),
  constraint uk_expert_application_case unique (process_instance_id),
  constraint fk_expert_application_commissioner foreign key (commissioner_id) references commissioner (id),
  constraint ck_expert_application_status check (status in ('PENDING', 'APPROVED', 'REJECTED', 'CANCELLED')),
  constraint ck_expert_application_pending check (
      (status = 'PENDING' and pending_commissioner_id is not null and pending_commissioner_id = commissioner_id)
      or (status <> 'PENDING' and pending_commissioner_id is null)),
  constraint ck_expert_application_decided check (
      (status in ('APPROVED', 'REJECTED')) = (reviewer_user_id is not null and decided_at is not null)),
  constraint ck_expert_application_reason check (status <> 'REJECTED' or rejection_reason is not null)
);
