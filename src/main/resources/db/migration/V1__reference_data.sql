-- Reference data every round depends on. Portable SQL: runs on H2 and on MySQL 8 / MariaDB 10.11.
-- Districts (P-01, P-02): the five county-level units and the three city-managed parks of Suzhou.
-- A ninth park is a new row here (or through the admin API), never a code change.

create table district (
  code         varchar(16)  not null,
  name         varchar(64)  not null,
  kind         varchar(8)   not null,   -- COUNTY (县区) or PARK (市管园区)
  region_code  varchar(6),              -- GB/T 2260 code; parks have none of their own
  latitude     decimal(9,6) not null,   -- seat of the district's S&T department, for 就近结对 (P-11)
  longitude    decimal(9,6) not null,
  sort_order   int          not null,
  active       boolean      not null default true,
  primary key (code),
  constraint uk_district_name unique (name),
  constraint ck_district_kind check (kind in ('COUNTY', 'PARK'))
);

insert into district (code, name, kind, region_code, latitude, longitude, sort_order) values
  ('341302', '埇桥区',                 'COUNTY', '341302', 33.640000, 116.970000, 1),
  ('341321', '砀山县',                 'COUNTY', '341321', 34.440000, 116.370000, 2),
  ('341322', '萧县',                   'COUNTY', '341322', 34.190000, 116.950000, 3),
  ('341323', '灵璧县',                 'COUNTY', '341323', 33.550000, 117.550000, 4),
  ('341324', '泗县',                   'COUNTY', '341324', 33.480000, 117.910000, 5),
  ('SZETDZ', '宿州经济技术开发区',     'PARK',   null,     33.610000, 117.000000, 6),
  ('SZHTZ',  '宿州高新技术产业开发区', 'PARK',   null,     33.660000, 116.930000, 7),
  ('SMPARK', '宿州马鞍山现代产业园区', 'PARK',   null,     33.700000, 117.080000, 8);

-- Industry groups (行业分组, P-11): matching happens inside a group.
create table industry_group (
  code        varchar(32) not null,
  name        varchar(64) not null,
  sort_order  int         not null,
  primary key (code),
  constraint uk_industry_group_name unique (name)
);

insert into industry_group (code, name, sort_order) values
  ('NEW_MATERIALS',   '新材料',             1),
  ('EQUIPMENT',       '高端装备与智能制造', 2),
  ('DIGITAL',         '电子信息与数字经济', 3),
  ('AGRI_FOOD',       '农产品与食品加工',   4),
  ('TEXTILE',         '纺织服装与鞋业',     5),
  ('BIOPHARMA',       '生物医药与精细化工', 6),
  ('NEW_ENERGY',      '新能源',             7),
  ('LIGHT_INDUSTRY',  '轻工与造纸',         8);
