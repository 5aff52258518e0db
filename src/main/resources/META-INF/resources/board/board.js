// 宿州市双链融合专员管理系统 — the board (工作台), issue 16.
//
// Officials reach it from Tasklist's header (scripts/board-link) with the same login: every call goes
// to /api/board/… with the Tasklist session (GET only; see ApiAuthenticationProvider), so the server
// decides what the reader sees — a district its own district, the city all, a source unit its own
// staff. Nothing is filtered here. Every text on the page is Chinese.

const TASKLIST = '/camunda/app/tasklist/default/';
const PAGE_SIZE = 20;
const SEARCH_PAGE_SIZE = 20;
/** ECharts' own texts (empty-data words, aria) in Chinese. */
const CHART_LOCALE = 'ZH';

const TEXT = {
  loading: '正在读取…',
  overdue: (days) => `逾期 ${days} 天`,
  due: '截止',
  noDeadline: '—',
  noAction: '本阶段无待办',
  noTaskLink: '（您无权查看此任务）',
  openTask: '办理',
  print: '打印：',
  agreementPdf: '下载派驻协议书（PDF）',
  noticePdf: '下载考核结果通知（PDF）',
  serviceYear: (n) => `第 ${n} 年`,
  days: (done, min) => `${done} / ${min} 天`,
  belowMinimum: '未达最低服务天数',
  none: '暂无',
  agreements: (signed, total) => `${signed} / ${total}`,
  demands: (d, u) => `${d} 项需求 · ${u} 个服务单位`,
  districts: (n, overdue) => overdue ? `共 ${n} 个县区/园区，其中 ${overdue} 个逾期` : `共 ${n} 个县区/园区`,
  total: (n) => `共 ${n} 条`,
  page: (p, pages) => `第 ${p} / ${pages} 页`,
  previous: '上一页',
  next: '下一页',
  searchTooShort: '请输入至少 2 个字再查找。',
  searchNone: (q) => `没有找到与“${q}”有关的案件。`,
  searchFound: (q, n) => `“${q}”：${n} 条`,
  failure: (status) => `服务器暂时无法回答（${status}），请稍后刷新本页。`,
  forbiddenRound: '您所在单位不参与选派轮次的办理。',
  noRound: '尚未开启选派轮次。',
  roundYear: (y) => `${y} 年度轮次`,
  charts: {
    demands: '技术需求',
    commissioners: '专员',
    days: '服务天数',
    submitted: '申报',
    approved: '立项',
    noData: '暂无数据'
  }
};

const $ = (id) => document.getElementById(id);

/** 2025-06-30 → 2025年6月30日 */
function chineseDate(iso) {
  if (!iso) {
    return TEXT.noDeadline;
  }
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (key === 'class') {
      node.className = value;
    } else if (key === 'text') {
      node.textContent = value;
    } else {
      node.setAttribute(key, value);
    }
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return node;
}

class HttpError extends Error {
  constructor(status, problem) {
    super(problem && problem.detail ? problem.detail : String(status));
    this.status = status;
    this.problem = problem;
  }
}

async function get(path) {
  const response = await fetch(path, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'Accept-Language': 'zh-CN', 'X-Requested-With': 'XMLHttpRequest' }
  });
  if (!response.ok) {
    let problem = null;
    try {
      problem = await response.json();
    } catch (notJson) {
      problem = null;
    }
    throw new HttpError(response.status, problem);
  }
  return { body: await response.json(), total: Number(response.headers.get('X-Total-Count') || 0) };
}

function taskLink(taskId) {
  return `${TASKLIST}#/?task=${encodeURIComponent(taskId)}`;
}

function status(text) {
  $('status').textContent = text || '';
}

// ---------------------------------------------------------------- who is reading

async function showReader() {
  try {
    const who = await fetch('/camunda/api/admin/auth/user/default', { credentials: 'same-origin' });
    if (!who.ok) {
      return;
    }
    const { userId } = await who.json();
    const profile = await fetch(`/camunda/api/engine/engine/default/user/${encodeURIComponent(userId)}/profile`,
      { credentials: 'same-origin' });
    if (profile.ok) {
      const { firstName, lastName } = await profile.json();
      $('who').textContent = `${lastName || ''}${firstName || ''}` || userId;  // 赵磊: family name first
    } else {
      $('who').textContent = userId;
    }
  } catch (ignored) {
    // the name in the corner is a courtesy; the board works without it
  }
}

// ---------------------------------------------------------------- round progress

function stageBar(stages, current) {
  return el('ol', { class: 'stages' }, stages.filter((s) => s.key !== 'DONE').map((stage, index) =>
    el('li', { class: index < current ? 'done' : index === current ? 'current' : 'waiting', text: stage.label })));
}

function nextActions(actions) {
  if (!actions || actions.length === 0) {
    return el('span', { class: 'muted', text: TEXT.noAction });
  }
  return el('ul', { class: 'actions' }, actions.map((action) => el('li', { class: action.overdue ? 'overdue' : null },
    el('span', { class: 'actor', text: action.actorLabel }), ' · ',
    action.taskId
      ? el('a', { href: taskLink(action.taskId), class: 'task-link', 'data-task-id': action.taskId, text: action.taskName })
      : el('span', { text: action.taskName + TEXT.noTaskLink, class: 'muted' }),
    action.due ? el('span', { class: 'due', text: ` ${TEXT.due} ${chineseDate(action.due)}` }) : null)));
}

async function loadRound(year) {
  const { body: round } = await get(`/api/board/rounds/${year}`);
  const rows = round.districts.map((d) => el('tr', { class: d.overdue ? 'overdue' : null, 'data-district': d.districtCode },
    el('th', { scope: 'row', text: d.districtName }),
    el('td', {}, stageBar(round.stages, d.stageIndex)),
    el('td', {}, chineseDate(d.deadline),
      d.overdue ? el('span', { class: 'badge overdue-badge', text: TEXT.overdue(d.overdueDays) }) : null),
    el('td', { class: 'nowrap', text: TEXT.demands(d.demands, d.serviceUnits) }),
    el('td', { text: TEXT.agreements(d.agreementsSigned, d.agreementsTotal) }),
    el('td', {}, nextActions(d.nextActions))));
  $('round-table').tBodies[0].replaceChildren(...rows);
  const overdue = round.districts.filter((d) => d.overdue).length;
  $('round-summary').textContent = `${round.statusLabel} · ${TEXT.districts(round.districts.length, overdue)}`;
}

async function showRounds() {
  let rounds;
  try {
    ({ body: rounds } = await get('/api/rounds'));
  } catch (e) {
    if (e.status === 403) {
      return { year: null, progress: false };  // no round to follow
    }
    throw e;
  }
  if (!rounds.length) {
    $('round-summary').textContent = TEXT.noRound;
    $('round').hidden = false;
    $('round-year').hidden = true;
    return { year: null, progress: true };
  }
  const years = rounds.map((r) => r.roundYear).sort((a, b) => b - a);
  $('round-year').replaceChildren(...years.map((y) => el('option', { value: y, text: TEXT.roundYear(y) })));
  $('round-year').onchange = () => Promise.all([loadRound($('round-year').value), loadCharts($('round-year').value)])
    .catch(fail);
  try {
    await loadRound(years[0]);
  } catch (e) {
    if (e.status === 403) {
      return { year: years[0], progress: false };  // a source unit: its staff's figures, no districts' progress
    }
    throw e;
  }
  $('round').hidden = false;
  return { year: years[0], progress: true };
}

// ---------------------------------------------------------------- commissioners' service

function pager(container, page, total, size, go) {
  const pages = Math.max(1, Math.ceil(total / size));
  container.replaceChildren(
    el('button', { type: 'button', disabled: page <= 0 ? 'disabled' : null, text: TEXT.previous, class: 'prev' }),
    el('span', { text: `${TEXT.page(page + 1, pages)} · ${TEXT.total(total)}` }),
    el('button', { type: 'button', disabled: page + 1 >= pages ? 'disabled' : null, text: TEXT.next, class: 'next' }));
  container.querySelector('.prev').onclick = () => go(page - 1);
  container.querySelector('.next').onclick = () => go(page + 1);
}

function serviceDays(d) {
  const share = Math.min(100, Math.round(100 * d.confirmedServiceDays / Math.max(1, d.minimumServiceDays)));
  return el('div', { class: `days ${d.belowMinimum ? 'below' : 'met'}`, title: d.belowMinimum ? TEXT.belowMinimum : null },
    el('div', { class: 'meter' }, el('span', { style: `width:${share}%` })),
    el('span', { text: TEXT.days(d.confirmedServiceDays, d.minimumServiceDays) }));
}

async function loadDispatches(page) {
  const { body, total } = await get(`/api/board/dispatches?page=${page}&size=${PAGE_SIZE}`);
  const rows = body.map((d) => el('tr', { class: d.belowMinimum ? 'below-minimum' : null },
    el('th', { scope: 'row', text: d.commissionerName }),
    el('td', { class: 'nowrap' }, d.agreementNo && d.agreementPdf
      ? el('a', { href: d.agreementPdf, class: 'pdf', title: TEXT.agreementPdf, text: d.agreementNo })
      : d.agreementNo || TEXT.none),
    el('td', { text: d.districtName }),
    el('td', { text: d.sourceUnitName }),
    el('td', { text: [d.serviceYear ? `${TEXT.serviceYear(d.serviceYear)}（${chineseDate(d.serviceYearStart)}起）` : null,
      d.status === 'ACTIVE' ? null : d.statusLabel].filter(Boolean).join(' · ') }),
    el('td', {}, serviceDays(d)),
    el('td', { class: 'nowrap', text: d.lastServiceRecordOn ? chineseDate(d.lastServiceRecordOn) : TEXT.none }),
    el('td', {}, d.grades && d.grades.length
      ? d.grades.map((g) => el('a', { href: g.noticePdf, class: 'pdf grade', title: TEXT.noticePdf,
        text: `${TEXT.serviceYear(g.year)} ${g.gradeLabel}` }))
      : TEXT.none)));
  $('dispatch-table').tBodies[0].replaceChildren(...rows);
  $('dispatch-summary').textContent = TEXT.total(total);
  pager($('dispatch-pager'), page, total, PAGE_SIZE, (p) => loadDispatches(p).catch(fail));
}

// ---------------------------------------------------------------- charts

function chart(id, option) {
  const node = $(id);
  const instance = echarts.getInstanceByDom(node) || echarts.init(node, null, { locale: CHART_LOCALE });
  instance.resize();
  instance.setOption(Object.assign({
    grid: { containLabel: true, left: 8, right: 16, top: 36, bottom: 8 },
    tooltip: { trigger: 'axis' },
    textStyle: { fontFamily: 'sans-serif' }
  }, option), true);
  if (!node.dataset.resizing) {
    node.dataset.resizing = 'yes';
    window.addEventListener('resize', () => instance.resize());
  }
}

function emptyNote(id, rows) {
  $(id).classList.toggle('empty', rows.length === 0);
  $(id).setAttribute('data-empty-text', TEXT.charts.noData);
}

async function loadCharts(year) {
  const { body: c } = await get(`/api/board/charts?year=${year}`);
  $('charts').hidden = false;  // shown before drawing: ECharts sizes a chart by its box
  const bar = { type: 'bar', barMaxWidth: 28 };
  chart('chart-demands', {
    legend: { top: 0 },
    xAxis: { type: 'category', data: c.demandsByIndustryGroup.map((r) => r.industryGroupName), axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      Object.assign({ name: TEXT.charts.demands, data: c.demandsByIndustryGroup.map((r) => r.demands) }, bar),
      Object.assign({ name: TEXT.charts.commissioners, data: c.demandsByIndustryGroup.map((r) => r.commissioners) }, bar)
    ]
  });
  emptyNote('chart-demands', c.demandsByIndustryGroup);
  chart('chart-days', {
    xAxis: { type: 'category', data: c.serviceDaysByDistrict.map((r) => r.districtName), axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [Object.assign({ name: TEXT.charts.days, data: c.serviceDaysByDistrict.map((r) => r.days) }, bar)]
  });
  emptyNote('chart-days', c.serviceDaysByDistrict);
  const gradeLabels = [...new Set(c.gradesByYear.flatMap((y) => y.counts.map((g) => g.gradeLabel)))];
  chart('chart-grades', {
    legend: { top: 0 },
    xAxis: { type: 'category', data: c.gradesByYear.map((y) => `${y.year}年`) },
    yAxis: { type: 'value', minInterval: 1 },
    series: gradeLabels.map((label) => Object.assign({
      name: label, stack: 'grades',
      data: c.gradesByYear.map((y) => (y.counts.find((g) => g.gradeLabel === label) || { count: 0 }).count)
    }, bar))
  });
  emptyNote('chart-grades', c.gradesByYear);
  chart('chart-projects', {
    legend: { top: 0 },
    xAxis: { type: 'category', data: c.projectsByYear.map((y) => `${y.year}年`) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      Object.assign({ name: TEXT.charts.submitted, data: c.projectsByYear.map((y) => y.submitted) }, bar),
      Object.assign({ name: TEXT.charts.approved, data: c.projectsByYear.map((y) => y.approved) }, bar)
    ]
  });
  emptyNote('chart-projects', c.projectsByYear);
}

// ---------------------------------------------------------------- search

async function search(q, page) {
  const text = q.trim();
  if (text.length < 2) {
    status(TEXT.searchTooShort);
    return;
  }
  status(TEXT.loading);
  const { body, total } = await get(`/api/board/search?q=${encodeURIComponent(text)}&page=${page}&size=${SEARCH_PAGE_SIZE}`);
  status('');
  $('search-summary').textContent = total ? TEXT.searchFound(text, total) : TEXT.searchNone(text);
  $('search-list').replaceChildren(...body.map((hit) => el('li', { class: 'hit', 'data-kind': hit.kind },
    el('span', { class: 'badge kind', text: hit.kindLabel }),
    el('strong', { text: hit.title }),
    hit.number ? el('span', { class: 'number', text: hit.number }) : null,
    el('div', { class: 'detail', text: hit.detail && hit.districtName && hit.detail.includes(hit.districtName)
      ? hit.detail : [hit.districtName, hit.detail].filter(Boolean).join(' · ') }),
    hit.document ? el('a', { href: hit.document.href, class: 'pdf', text: `${TEXT.print}${hit.document.title}` }) : null,
    hit.openTasks && hit.openTasks.length
      ? el('div', { class: 'hit-tasks' }, hit.openTasks.map((t) =>
        el('a', { href: taskLink(t.taskId), class: 'task-link', 'data-task-id': t.taskId, text: `${TEXT.openTask}：${t.taskName}` })))
      : null)));
  pager($('search-pager'), page, total, SEARCH_PAGE_SIZE, (p) => search(text, p).catch(fail));
  $('search-results').hidden = false;
}

// ---------------------------------------------------------------- start

function fail(e) {
  status('');
  if (e && e.status === 401) {
    $('board').hidden = true;
    $('login-needed').hidden = false;
    return;
  }
  $('failure-text').textContent = e && e.problem && e.problem.detail ? e.problem.detail : TEXT.failure(e && e.status ? e.status : '—');
  $('failure').hidden = false;
}

async function start() {
  $('search').addEventListener('submit', (event) => {
    event.preventDefault();
    search($('search-text').value, 0).catch(fail);
  });
  $('search-close').onclick = () => { $('search-results').hidden = true; };
  status(TEXT.loading);
  try {
    const { year, progress } = await showRounds();
    $('round').hidden = !progress;
    await loadDispatches(0);
    $('dispatches').hidden = false;
    $('board').hidden = false;
    status('');
    showReader();
    if (year) {
      await loadCharts(year);  // the newest round's, for what the reader may see
    }
    const q = new URLSearchParams(window.location.search).get('q');
    if (q) {
      $('search-text').value = q;
      await search(q, 0);
    }
  } catch (e) {
    fail(e);
  }
}

start();
