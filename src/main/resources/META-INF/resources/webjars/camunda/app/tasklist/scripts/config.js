/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// ---------------------------------------------------------------------------
// 宿州市双链融合专员管理系统 — project override of the shipped Camunda 7.24
// tasklist/scripts/config.js. Changes by the project (rest is unchanged):
//  * app name/vendor: header and <title> show "宿州市科技局 宿州市双链融合专员管理系统"
//  * locales: Simplified Chinese (locales/zh.json) only, whatever the browser's
//    language (officials see Chinese only; one locale also keeps the date words of
//    moment.js Chinese: a second, English locale file loaded later would switch
//    them back to "in 10 days")
//  * customScripts: zh-forms/zh-forms.js (Chinese for Camunda Forms' built-in
//    texts, ISO dates, drafts kept for the tab only); see docs/architecture.md
//  * shortcuts: none (the 键盘快捷键 item is hidden in styles/user-styles.css)
//  * disableWelcomeMessage: true (no link to the vendor welcome page)
//  * customScripts: scripts/work-landing (issue 15: landing on the filter with work, counts,
//    the 认领 hint, search by enterprise/commissioner/agreement/case, one submit path)
//  * customScripts: scripts/board-link (issue 16: the 工作台 entry in the header, opening /board/)
//  The Camunda 8 migration banner is hidden in styles/user-styles.css.
// ---------------------------------------------------------------------------

export default {
  // change the app name and vendor (the header shows "<vendor> <name>")
  app: {
    name: '宿州市双链融合专员管理系统',
    vendor: '宿州市科技局'
  },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // zh.json is provided by the project; every browser language gets it.
  locales: {
    availableLocales: ['zh'],
    fallbackLocale: 'zh'
  },
  // paths relative to the tasklist folder; each feature's script in its own folder
  customScripts: [
    'scripts/zh-forms/zh-forms',
    'scripts/work-landing/work-landing',
    'scripts/board-link/board-link'
  ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // Disable the "first login" info box: it links to /camunda-welcome, a vendor
  // page that also carries the Camunda 8 migration banner (see styles/user-styles.css).
  disableWelcomeMessage: true,
  // assignProcessInstanceIdToTaskComment: true,

  // no keyboard shortcuts: their help is English and officials have no use for it
  shortcuts: {}
};
