// 宿州市双链融合专员管理系统 — Tasklist custom script "zh-forms" (loaded by scripts/config.js).
//
// Camunda Forms (form-js) in Camunda 7.24 has no translations: its validation messages, list
// buttons, select placeholder, table navigation and date picker are English, and its date fields take
// their format from the browser's default locale (an en-US browser reads 2026-12-31 as a month/day/
// year and silently makes 8/6/2027 of it). This script, loaded before Tasklist starts:
//   1. rewrites form-js's built-in English texts into Chinese as they are rendered (a MutationObserver;
//      a pattern message becomes a Chinese description of the format, never the regular expression);
//   2. makes form-js's date fields read and show yyyy-MM-dd (2026-12-31) whatever the browser
//      language, with a Chinese placeholder and a Chinese calendar;
//   3. shows Chinese names family name first without a space (赵磊): Camunda keeps a user's given name
//      as firstName and family name as lastName, and Tasklist always writes "firstName lastName" (磊 赵);
//   4. keeps the drafts Tasklist saves of unsaved form input (camunda-form:<taskId>) for this tab
//      only (sessionStorage instead of localStorage) and removes them when the task is completed, the
//      user logs out or the login page shows, so nothing personal stays on a shared office PC.
// See docs/architecture.md ("Tasklist in Chinese").

// --- 1. form-js texts -------------------------------------------------------------------------------

// The formats of the projects' forms (forms/*.form "pattern"), described in Chinese;
// ZhFormsScriptTest checks that every pattern of every form is listed here.
const PATTERNS = {
  '^[0-9A-HJ-NP-RTUW-Y]{2}[0-9]{6}[0-9A-HJ-NP-RTUW-Y]{10}$': '应为 18 位统一社会信用代码（数字或大写字母，不含 I、O、S、V、Z）',
  '^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$': '应为 18 位统一社会信用代码（数字或大写字母，不含 I、O、S、V、Z）',
  '^1[3-9]\\d{9}$': '应为 11 位手机号码（1 开头，第二位为 3–9）',
  '^1[3-9][0-9]([0-9]{4}|[*]{4})[0-9]{4}$': '应为 11 位手机号码（1 开头，第二位为 3–9；中间 4 位可显示为 ****）',
  '^[1-9]\\d{16}[\\dX]$': '应为 18 位居民身份证号码（最后一位为数字或大写 X）',
  '^[A-Za-z0-9〔〕（）()\\-_/\\u4e00-\\u9fa5]{4,64}$': '应为 4–64 个字符，只含汉字、字母、数字和〔〕（）()-_/',
  '^\\s*\\S[\\s\\S]*$': '请填写内容，不能只有空格'
};

const EXACT = {
  'Field is required.': '此项必填。',
  'Field must be a valid email.': '请填写有效的电子邮箱地址。',
  'Field must be a valid  international phone number. (e.g. +4930664040900)': '请填写有效的电话号码（含国家代码，例如 +8655712345678）。',
  'Value is not a number.': '请填写数字。',
  'Value is expected to be an integer.': '请填写整数。',
  'Date and time must both be entered.': '日期和时间都要填写。',
  'Add new': '添加一行',
  'Collapse': '收起',
  'Select': '请选择',
  'Search': '搜索',
  'No results': '没有匹配的选项',
  'All values selected': '已全部选择',
  'Nothing to show.': '暂无数据。',
  'Remove list item': '删除此行',
  'Delete item': '删除此行',
  'Previous page': '上一页',
  'Next page': '下一页',
  'Click to remove sorting': '点击取消排序'
};

const RULES = [
  [/^Field must match pattern (.*)\.$/, (m) => (PATTERNS[m[1]] || '格式不正确，请按说明填写') + '。'],
  [/^Field must have minimum length of (\d+)\.$/, (m) => `至少填写 ${m[1]} 个字符。`],
  [/^Field must have maximum length of (\d+)\.$/, (m) => `最多填写 ${m[1]} 个字符。`],
  [/^Field must have minimum value of (-?[\d.]+)\.$/, (m) => `不能小于 ${m[1]}。`],
  [/^Field must have maximum value of (-?[\d.]+)\.$/, (m) => `不能大于 ${m[1]}。`],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (m) => `最多保留 ${m[1]} 位小数。`],
  [/^Please select a valid value, the two nearest valid values are (\S+) and (\S+)\.$/,
    (m) => `请填写有效的值，最接近的两个有效值是 ${m[1]} 和 ${m[2]}。`],
  [/^Expand all \((\d+)\)$/, (m) => `全部展开（${m[1]}）`],
  [/^Click to sort by (.*) (ascending|descending)$/, (m) => `点击按“${m[1]}”${m[2] === 'ascending' ? '升序' : '降序'}排列`],
  [/^\s*[ymd]{1,4}([/.\-])[ymd]{1,4}\1[ymd]{1,4}\s*$/i, () => '例：2026-12-31']
];

/** The Chinese of one English text of form-js, or null when the text is not one of them. */
export function chinese(text) {
  if (!text || !/[A-Za-z]/.test(text)) {
    return null;
  }
  const trimmed = text.trim();
  if (Object.prototype.hasOwnProperty.call(EXACT, trimmed)) {
    return text.replace(trimmed, EXACT[trimmed]);
  }
  for (const [pattern, replace] of RULES) {
    const match = pattern.exec(trimmed);
    if (match) {
      return text.replace(trimmed, replace(match));
    }
  }
  return null;
}

const ATTRIBUTES = ['placeholder', 'title', 'aria-label'];

// The footer names the browser's time zone by its IANA id (Asia/Shanghai, UTC): its Chinese name.
function zoneName(node) {
  const parent = node.parentElement;
  const zone = node.data.trim();
  if (!parent || !parent.closest('#footer-timezone') || !/^[A-Za-z_]+(\/[A-Za-z_+-]+)*$/.test(zone)) {
    return;
  }
  try {
    const part = new NativeDateTimeFormat('zh-CN', { timeZone: zone, timeZoneName: 'long' })
      .formatToParts(new Date()).find((p) => p.type === 'timeZoneName');
    if (part && !/[A-Za-z]{2,}/.test(part.value)) {
      node.data = node.data.replace(zone, part.value);
    }
  } catch (unknownZone) {
    // left as it is
  }
}

function translateText(node) {
  reorderName(node);
  nameForLogin(node);
  zoneName(node);
  const parent = node.parentElement;
  if (!parent || !parent.closest('.fjs-container, .flatpickr-calendar')) {
    return;
  }
  if (node.data === ' of ' && parent.closest('.fjs-table-nav-label')) {
    node.data = ' / ';
    return;
  }
  const zh = chinese(node.data);
  if (zh !== null && zh !== node.data) {
    node.data = zh;
  }
}

function translateAttributes(element) {
  if (!element.closest('.fjs-container, .flatpickr-calendar')) {
    return;
  }
  for (const name of ATTRIBUTES) {
    const value = element.getAttribute(name);
    const zh = value && chinese(value);
    if (zh && zh !== value) {
      element.setAttribute(name, zh);
    }
  }
}

function translateTree(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    translateText(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  translateAttributes(root);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      translateText(node);
    } else {
      translateAttributes(node);
    }
  }
}

// --- 3. Chinese names: 赵磊, not 磊 赵 ---------------------------------------------------------------

// Where Tasklist writes a person's "firstName lastName": the header (the user logged in), the task
// list and the task's header (assignee), its history and comments. Only a text that is exactly two
// runs of Chinese characters separated by one space is taken for a name there.
const NAME_PLACES = '[cam-widget-header], [cam-tasks], .task-card, .task-meta, [cam-tasklist-task-meta], '
  + '[cam-tasklist-task-history], .history, .comment, .modal-content .assignee';
const GIVEN_FAMILY = /^([\u3400-\u9fff·]{1,4}) ([\u3400-\u9fff]{1,2})$/;

/** 赵磊 for "磊 赵" (given name, space, family name); null for any other text. */
export function chineseName(text) {
  const match = GIVEN_FAMILY.exec((text || '').trim());
  return match ? text.replace(match[0], match[2] + match[1]) : null;
}

function reorderName(node) {
  const parent = node.parentElement;
  if (parent && parent.closest(NAME_PLACES) && !parent.closest('.fjs-container')) {
    const name = chineseName(node.data);
    if (name !== null) {
      node.data = name;
    }
  }
}

// A task's history (历史记录) names people by their login (city.li): shown by name, looked up once
// per login through the engine API Tasklist itself uses (Tasklist users may read users).
const LOGIN_PLACES = '.operation-user, .event-body .new-value, .event-body .original-value';
const LOGIN = /^[A-Za-z0-9][A-Za-z0-9._@-]*$/;
const CJK = /^[\u3400-\u9fff·]+$/;
const names = new Map();

/** A person's name as officials write it: 赵磊 for given name 磊 and family name 赵. */
export function displayName(firstName, lastName) {
  const given = (firstName || '').trim();
  const family = (lastName || '').trim();
  if (CJK.test(given) && CJK.test(family) && family.length <= 2) {
    return family + given;
  }
  return [given, family].filter((part) => part).join(' ');
}

function nameOfLogin(login) {
  if (!names.has(login)) {
    const base = document.querySelector('base');
    const api = (base && base.getAttribute('engine-api')) || '/camunda/api/engine/';
    names.set(login, nativeFetch.call(window, `${api}engine/default/user/${encodeURIComponent(login)}/profile`,
      { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : null))
      .then((profile) => (profile ? displayName(profile.firstName, profile.lastName) || null : null))
      .catch(() => null));
  }
  return names.get(login);
}

function nameForLogin(node) {
  const parent = node.parentElement;
  const login = node.data.trim();
  if (!parent || !parent.closest(LOGIN_PLACES) || !LOGIN.test(login) || !/[A-Za-z]/.test(login)) {
    return;
  }
  nameOfLogin(login).then((name) => {
    if (name && node.data.trim() === login) {
      node.data = node.data.replace(login, name);
    }
  });
}

// --- 2. dates as 2026-12-31 -----------------------------------------------------------------------

// form-js derives its date fields' format (and their placeholder) from
// new Intl.DateTimeFormat('default').formatToParts(...): en-US gives M/d/yyyy, zh-CN yyyy/M/d.
// A formatter asked for the browser's default locale without options gets one that writes
// yyyy-MM-dd (Swedish writes ISO dates); every other use of Intl is left alone.
const NativeDateTimeFormat = Intl.DateTimeFormat;
function IsoDefaultDateTimeFormat(locales, options) {
  const isoDefault = (locales === undefined || locales === 'default') && options === undefined;
  return new NativeDateTimeFormat(isoDefault ? 'sv-SE' : locales, options);
}
IsoDefaultDateTimeFormat.prototype = NativeDateTimeFormat.prototype;
IsoDefaultDateTimeFormat.supportedLocalesOf = NativeDateTimeFormat.supportedLocalesOf.bind(NativeDateTimeFormat);
Intl.DateTimeFormat = IsoDefaultDateTimeFormat;

// form-js's date picker is flatpickr, which publishes itself as window.flatpickr; its calendar
// words come from its default locale.
const FLATPICKR_ZH = {
  weekdays: {
    shorthand: ['日', '一', '二', '三', '四', '五', '六'],
    longhand: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
  },
  months: {
    shorthand: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
    longhand: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月']
  },
  firstDayOfWeek: 1,
  rangeSeparator: ' 至 ',
  weekAbbreviation: '周',
  scrollTitle: '滚动切换',
  toggleTitle: '点击切换',
  amPM: ['上午', '下午'],
  yearAriaLabel: '年',
  monthAriaLabel: '月',
  hourAriaLabel: '时',
  minuteAriaLabel: '分',
  time_24hr: true,
  ordinal: () => ''
};
let flatpickrLocalized = false;
function localizeFlatpickr() {
  if (!flatpickrLocalized && window.flatpickr && typeof window.flatpickr.localize === 'function') {
    window.flatpickr.localize(FLATPICKR_ZH);
    flatpickrLocalized = true;
  }
}

// --- 4. drafts of form input: this tab only, gone on completion and logout --------------------------

const DRAFT = 'camunda-form:';
const storage = Storage.prototype;
const nativeGet = storage.getItem;
const nativeSet = storage.setItem;
const nativeRemove = storage.removeItem;

function isDraft(store, key) {
  return store === window.localStorage && typeof key === 'string' && key.startsWith(DRAFT);
}
storage.setItem = function setItem(key, value) {
  return nativeSet.call(isDraft(this, key) ? window.sessionStorage : this, key, value);
};
storage.getItem = function getItem(key) {
  return nativeGet.call(isDraft(this, key) ? window.sessionStorage : this, key);
};
storage.removeItem = function removeItem(key) {
  if (isDraft(this, key)) {
    nativeRemove.call(window.sessionStorage, key);
  }
  return nativeRemove.call(this, key);
};

/** Removes every draft of form input from both storages (or the one of a task). */
export function clearDrafts(taskId) {
  for (const store of [window.localStorage, window.sessionStorage]) {
    const keys = [];
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key && key.startsWith(DRAFT) && (taskId === undefined || key === DRAFT + taskId)) {
        keys.push(key);
      }
    }
    keys.forEach((key) => nativeRemove.call(store, key));
  }
}

// drafts left in localStorage by an earlier version, or by a browser closed without logging out
clearDrafts();

// Completion (/task/<id>/submit-form or /complete) and logout (/auth/user/<engine>/logout) are
// seen on the way back from the server.
const nativeOpen = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function open(method, url) {
  const address = String(url);
  const completed = /\/task\/([^/?#]+)\/(submit-form|complete)(?:[?#]|$)/.exec(address);
  const logout = /\/auth\/user\/[^/]+\/logout(?:[?#]|$)/.test(address);
  if (String(method).toUpperCase() === 'POST' && (completed || logout)) {
    this.addEventListener('load', () => {
      if (this.status >= 200 && this.status < 300) {
        clearDrafts(logout ? undefined : decodeURIComponent(completed[1]));
      }
    });
  }
  return nativeOpen.apply(this, arguments);
};
const nativeFetch = window.fetch;
window.fetch = function fetch(input, init) {
  const address = typeof input === 'string' ? input : (input && input.url) || '';
  const method = ((init && init.method) || (input && input.method) || 'GET').toUpperCase();
  return nativeFetch.apply(this, arguments).then((response) => {
    if (method === 'POST' && response.ok) {
      const completed = /\/task\/([^/?#]+)\/(submit-form|complete)(?:[?#]|$)/.exec(address);
      if (/\/auth\/user\/[^/]+\/logout(?:[?#]|$)/.test(address)) {
        clearDrafts();
      } else if (completed) {
        clearDrafts(decodeURIComponent(completed[1]));
      }
    }
    return response;
  });
};

// --- start -----------------------------------------------------------------------------------------

function start() {
  localizeFlatpickr();
  translateTree(document.body);
  new MutationObserver((mutations) => {
    localizeFlatpickr();
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') {
        translateText(mutation.target);
      } else if (mutation.type === 'attributes') {
        translateAttributes(mutation.target);
      } else {
        mutation.addedNodes.forEach(translateTree);
      }
    }
    // the login page (after logging out, a lapsed session or a reload): no draft belongs to anyone here
    if (document.querySelector('form[name="signinForm"]')) {
      clearDrafts();
    }
  }).observe(document.body, {
    childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES
  });
}

if (document.body) {
  start();
} else {
  document.addEventListener('DOMContentLoaded', start);
}
