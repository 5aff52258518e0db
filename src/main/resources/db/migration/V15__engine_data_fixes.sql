-- One-off fixes of data the engine wrote before a rule existed, each recorded once it has run
-- (e.g. personal data masked in the engine's runtime and history tables, issue 12).
create table engine_data_fix (
  name      varchar(128) not null,
  done_at   timestamp    not null,
  affected  integer      not null,
  constraint pk_engine_data_fix primary key (name)
);
