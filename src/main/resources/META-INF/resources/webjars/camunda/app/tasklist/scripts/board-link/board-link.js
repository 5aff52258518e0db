// 宿州市双链融合专员管理系统 — Tasklist: the 工作台 entry in the header (issue 16).
//
// Loaded by scripts/config.js (customScripts) as a Tasklist plugin at the header's action point,
// beside 启动流程. It opens the board (/board/): a district's round progress, deadlines, who acts next,
// the commissioners' service days, charts and search — with the same login, so the server shows each
// official only what Tasklist would (a district its own district, the city all).

const BOARD = '/board/';

export default {
  id: 'shuanglian.board-link',
  pluginPoint: 'tasklist.navbar.action',
  priority: 200,
  render: (node) => {
    const link = document.createElement('a');
    link.href = BOARD;
    link.className = 'board-link';
    link.title = '选派轮次进度、专员服务、统计图表与案件查找';
    const icon = document.createElement('span');
    icon.className = 'glyphicon glyphicon-stats';
    link.append(icon, ' 工作台');
    node.replaceChildren(link);
  }
};
