// 宿州市双链融合专员管理系统 — Tasklist: the work is found on landing (issue 15).
//
// Loaded by scripts/config.js (customScripts). It reads the page (no Angular internals) and the
// engine's own REST API with the official's session:
//  * every filter shows how many tasks it holds (Tasklist shows a count for the selected one only);
//  * on landing (after login, without a filter or task in the address) the first filter in the
//    list that holds work is selected — a district official whose task waits in 本部门待办 does not
//    land on an empty 我的待办; never when a task is asked for (a link to a task, before or after
//    login), and a link to a task keeps the filter the official is on (see keepFilterOnTaskLinks);
//  * an unclaimed task shows one line explaining 认领;
//  * the task card's bare priority number goes; a task the process puts first (priority above the
//    default 50, e.g. joint projects' reviews) is marked 优先办理;
//  * a search box finds tasks by what officials know — enterprise, commissioner, agreement number,
//    case title — through the case's searchText variable, which the server writes from the domain;
//  * a form with its own 提交 button is completed by that button only (Tasklist's 完成 is hidden);
//  * a refusal naming "第 N 行" links to that row of the list, which is numbered on screen.
// Everything shown is Chinese.

const ENGINE = (window.location.pathname.match(/\/app\/tasklist\/([^/]+)\//) || [null, 'default'])[1];
const BASE = document.querySelector('base');
const ENGINE_API = `${BASE ? BASE.getAttribute('engine-api') : '/camunda/api/engine/'}engine/${ENGINE}`;
/** Camunda's default task priority: nothing to say about it. */
const DEFAULT_PRIORITY = 50;
/** The task variable the server fills from the domain for searching (platform/process/contract/CaseSearch). */
const SEARCH_VARIABLE = 'searchText';
const COUNT_REFRESH_MS = 20000;

const TEXT = {
  claimHint: '此任务交给本部门，尚未有人办理：点击“认领”后由您办理，同事会看到已有人认领；如需交回，可“取消认领”。',
  searchPlaceholder: '按企业名称、专员姓名、协议编号或案件名称查找',
  search: '查找',
  clear: '清除',
  searchTitle: '在当前列表中查找任务',
  countTitle: (n) => `${n} 项任务`,
  priority: '优先办理',
  priorityTitle: '本任务由流程安排优先办理',
  toRow: (n) => `转到第 ${n} 行`,
  ownSubmit: '请使用表单下方的“提交”按钮提交。'
};

const params = () => new URLSearchParams((window.location.hash.split('?')[1] || ''));

/**
 * Landing, decided once per login:
 *  'pending' — the official asked for Tasklist's start (no task, no filter in the address): when the
 *              filters and their counts are in, select the first filter holding work;
 *  'stay'    — a task or a filter was asked for: select nothing, only say where the official is;
 *  'done'    — decided.
 * It is decided from the address the official asked for: the one the page opened with, or the one
 * Tasklist returns to after the sign-in form (read before Tasklist writes its default filter in).
 */
let landing = 'pending';
/** The filter the official is on, as Tasklist last wrote it in the address (its id). */
let knownFilter = null;
/** The sign-in form was in the page: the next page without it is the landing after login. */
let signingIn = false;

function decideLanding() {
  const asked = params();
  landing = asked.has('task') || asked.has('filter') ? 'stay' : 'pending';
  knownFilter = asked.get('filter');
  document.body && document.body.removeAttribute('data-work-landed');
}
decideLanding();

function rememberFilter() {
  const filter = params().get('filter');
  if (filter) {
    knownFilter = filter;
  }
}

/**
 * A link to a task (…/#/?task=<id>, from a notice, a mail or typed in the address bar) names no
 * filter. Tasklist then falls back to its first filter, and when that is another filter than the one
 * shown it closes the task it has just opened (its task list clears the selected task whenever the
 * list's filter changes). After landing on 本部门待办 every such link was lost that way. The filter
 * shown is added to the link before Tasklist reads it, and no landing follows a task asked for.
 * Runs in the capture phase on window, ahead of Tasklist's own popstate/hashchange listeners.
 */
function keepFilterOnTaskLinks() {
  const asked = params();
  if (!asked.has('task')) {
    return;
  }
  if (landing === 'pending') {
    landing = 'stay';
  }
  if (asked.has('filter') || !knownFilter) {
    return;
  }
  const hash = window.location.hash;
  window.history.replaceState(window.history.state, '',
    `${hash}${hash.includes('?') ? '&' : '?'}filter=${encodeURIComponent(knownFilter)}`);
}
window.addEventListener('popstate', keepFilterOnTaskLinks, true);
window.addEventListener('hashchange', keepFilterOnTaskLinks, true);

let counts = new Map();
let countsFetchedAt = 0;
let fetching = null;

function filtersInPage() {
  return Array.from(document.querySelectorAll('[cam-tasklist-filters] .task-filter'));
}

function filterName(element) {
  const link = element.querySelector('.name a');
  if (!link) {
    return '';
  }
  // the name is the link's first text node; the counters follow it
  for (const node of link.childNodes) {
    if (node.nodeType === Node.TEXT_NODE && node.textContent.trim()) {
      return node.textContent.trim();
    }
  }
  return '';
}

async function fetchCounts() {
  if (fetching) {
    return fetching;
  }
  fetching = fetch(`${ENGINE_API}/filter?resourceType=Task&itemCount=true`, {
    credentials: 'same-origin', headers: {Accept: 'application/json'}
  }).then((response) => (response.ok ? response.json() : []))
    .then((filters) => {
      counts = new Map(filters.map((f) => [f.name, {id: f.id, count: f.itemCount || 0}]));
      countsFetchedAt = Date.now();
      return counts;
    })
    .catch(() => counts)
    .finally(() => {
      fetching = null;
    });
  return fetching;
}

function showCounts() {
  for (const element of filtersInPage()) {
    const entry = counts.get(filterName(element));
    if (!entry) {
      continue;
    }
    element.setAttribute('data-filter-id', entry.id);
    let badge = element.querySelector('.work-count');
    if (!badge) {
      badge = document.createElement('span');
      badge.className = 'work-count';
      element.querySelector('.name a').appendChild(badge);
    }
    if (badge.textContent !== String(entry.count)) {
      badge.textContent = String(entry.count);
    }
    badge.title = TEXT.countTitle(entry.count);
    badge.classList.toggle('empty', entry.count === 0);
  }
}

/** Marks where the landing left the official (data-work-landed = the filter's name; tests read it). */
function landed(element) {
  landing = 'done';
  document.body.setAttribute('data-work-landed', element ? filterName(element) : '');
}

function land() {
  const elements = filtersInPage();
  const active = elements.find((e) => e.classList.contains('active'));
  if (landing === 'done' || !active || !counts.size) {
    return;
  }
  if (landing === 'stay' || params().has('task')) {
    landed(active);
    return;
  }
  const activeEntry = counts.get(filterName(active));
  if (activeEntry && activeEntry.count > 0) {
    landed(active);
    return;
  }
  const withWork = elements.find((e) => (counts.get(filterName(e)) || {count: 0}).count > 0);
  if (!withWork) {
    landed(active);
    return;
  }
  withWork.click();
  rememberFilter();
  landed(withWork);
}

function markPriorities() {
  for (const cell of document.querySelectorAll('.tasks-list .priority, [cam-tasks] .priority')) {
    const value = parseInt(cell.textContent, 10);
    const high = Number.isFinite(value) && value > DEFAULT_PRIORITY;
    let badge = cell.parentNode.querySelector('.work-priority');
    if (high && !badge) {
      badge = document.createElement('span');
      badge.className = 'work-priority';
      badge.textContent = TEXT.priority;
      badge.title = TEXT.priorityTitle;
      cell.parentNode.insertBefore(badge, cell);
    } else if (!high && badge) {
      badge.remove();
    }
  }
}

function explainClaim() {
  for (const card of document.querySelectorAll('.task-card')) {
    const claim = card.querySelector('button.claim');
    const shown = claim && claim.offsetParent !== null;
    let hint = card.querySelector('.work-claim-hint');
    if (shown && !hint) {
      hint = document.createElement('p');
      hint.className = 'work-claim-hint';
      hint.textContent = TEXT.claimHint;
      const header = claim.closest('header') || card.firstElementChild || card;
      header.parentNode === card ? header.insertAdjacentElement('afterend', hint) : card.prepend(hint);
    } else if (!shown && hint) {
      hint.remove();
    }
  }
}

function searchQueryOf(text) {
  return JSON.stringify([{type: 'taskVariables', operator: 'like', value: text, name: SEARCH_VARIABLE}]);
}

function currentSearchText() {
  try {
    const pills = JSON.parse(params().get('searchQuery') || '[]');
    const pill = pills.find((p) => p.type === 'taskVariables' && p.name === SEARCH_VARIABLE);
    return pill ? String(pill.value) : '';
  } catch (e) {
    return '';
  }
}

function navigateWithSearch(text) {
  const [path, query] = window.location.hash.split('?');
  const search = new URLSearchParams(query || '');
  // no search is an empty list, as Tasklist's own search field writes it (a missing one keeps its pills)
  search.set('searchQuery', text ? searchQueryOf(text) : '[]');
  search.delete('page');
  search.delete('task');
  window.location.hash = `${path || '#/'}?${search.toString()}`;
}

function addSearchBox() {
  const tasks = document.querySelector('[cam-tasks]') || document.querySelector('.tasks-list');
  if (!tasks || document.querySelector('.work-search')) {
    return;
  }
  const form = document.createElement('form');
  form.className = 'work-search';
  form.setAttribute('role', 'search');
  form.title = TEXT.searchTitle;
  const input = document.createElement('input');
  input.type = 'search';
  input.className = 'form-control input-sm';
  input.name = 'workSearch';
  input.placeholder = TEXT.searchPlaceholder;
  input.setAttribute('aria-label', TEXT.searchPlaceholder);
  input.value = currentSearchText();
  const go = document.createElement('button');
  go.type = 'submit';
  go.className = 'btn btn-sm btn-primary';
  go.textContent = TEXT.search;
  const clear = document.createElement('button');
  clear.type = 'button';
  clear.className = 'btn btn-sm btn-default work-search-clear';
  clear.textContent = TEXT.clear;
  form.append(input, go, clear);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigateWithSearch(input.value.trim());
  });
  clear.addEventListener('click', () => {
    input.value = '';
    navigateWithSearch('');
  });
  tasks.parentNode.insertBefore(form, tasks);
}

/** Tasklist's own search field shows the search as a pill naming the variable: the box above says it in Chinese. */
function hideSearchPill() {
  for (const pill of document.querySelectorAll('[cam-widget-search-pill]')) {
    pill.classList.toggle('work-hidden', pill.textContent.includes(SEARCH_VARIABLE));
  }
}

function oneSubmitPath() {
  for (const container of document.querySelectorAll('[cam-tasklist-form-camunda]')) {
    const own = container.querySelector('.fjs-form button[type=submit]');
    const view = container.closest('.task-details, [cam-tasklist-task], .modal-content') || document;
    for (const complete of view.querySelectorAll("button[ng-click='complete()']")) {
      complete.classList.toggle('work-hidden', !!own);
      complete.title = own ? TEXT.ownSubmit : '';
    }
  }
}

function rowLinks() {
  for (const alert of document.querySelectorAll('.alert-danger, .notifications .alert, .fjs-form-field-errors')) {
    if (alert.querySelector('.work-row-link')) {
      continue;
    }
    const match = alert.textContent.match(/第\s*(\d+)\s*行/);
    const form = document.querySelector('[cam-tasklist-form-camunda] .fjs-form');
    if (!match || !form) {
      continue;
    }
    const row = Number(match[1]);
    const link = document.createElement('a');
    link.href = '';
    link.className = 'work-row-link';
    link.textContent = TEXT.toRow(row);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const rows = form.querySelectorAll('.fjs-repeat-row-container');
      const target = rows[row - 1];
      if (target) {
        target.scrollIntoView({block: 'center'});
        target.classList.add('work-row-flagged');
        setTimeout(() => target.classList.remove('work-row-flagged'), 4000);
      }
    });
    alert.appendChild(document.createTextNode(' '));
    alert.appendChild(link);
  }
}

let scheduled = false;
function update() {
  scheduled = false;
  if (signingIn) {
    return;
  }
  rememberFilter();
  if (filtersInPage().length) {
    if (!counts.size || Date.now() - countsFetchedAt > COUNT_REFRESH_MS) {
      fetchCounts().then(() => {
        showCounts();
        land();
      });
    } else {
      showCounts();
      land();
    }
  }
  markPriorities();
  explainClaim();
  addSearchBox();
  hideSearchPill();
  oneSubmitPath();
  rowLinks();
}

/** At most five passes a second, however many changes the page makes while Tasklist builds it. */
function schedule() {
  if (!scheduled) {
    scheduled = true;
    setTimeout(update, 200);
  }
}

/**
 * Called at once on every change of the page (not throttled): the first change without the sign-in
 * form after it showed is Tasklist going to the address asked for before login, which is read
 * before Tasklist's filters arrive from the server and it writes its default filter in.
 */
function watchSignIn() {
  if (document.querySelector('form[name=signinForm]')) {
    if (!signingIn) {
      signingIn = true;
      counts = new Map();
    }
    return;
  }
  if (signingIn) {
    signingIn = false;
    decideLanding();
  }
}

new MutationObserver(() => {
  watchSignIn();
  schedule();
}).observe(document.documentElement, {childList: true, subtree: true, characterData: true});
// counts change when tasks are claimed, completed or created elsewhere
window.addEventListener('hashchange', () => {
  countsFetchedAt = 0;
  schedule();
});
// bubbling, after Tasklist's own handlers: the filter it has just written in the address; an official
// who picks a filter or a task before the counts arrive is not moved elsewhere by the landing
document.addEventListener('click', (event) => {
  rememberFilter();
  if (event.isTrusted && landing === 'pending' && event.target.closest
      && event.target.closest('[cam-tasklist-filters], [cam-tasks], .tasks-list')) {
    landing = 'stay';
  }
});
document.addEventListener('click', (event) => {
  if (event.target.closest && event.target.closest('button')) {
    setTimeout(() => {
      countsFetchedAt = 0;
      schedule();
    }, 1500);
  }
}, true);
setInterval(() => {
  countsFetchedAt = 0;
  schedule();
}, COUNT_REFRESH_MS);
schedule();
